/** JPA repositories and the SQL of the sharded widget totals and the anti-cheat visit log. */
package io.trackline.influencer.infrastructure;
