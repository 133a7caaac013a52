/** Dashboard user accounts and their roles. */
package io.trackline.platform.domain;
