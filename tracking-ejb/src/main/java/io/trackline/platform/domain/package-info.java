/** Dashboard user accounts and their roles, and what every partner secret (key, token) has in common. */
package io.trackline.platform.domain;
