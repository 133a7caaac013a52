/** Schema migrations (Flyway, run before JPA touches the database), JPA repositories, password hashing. */
package io.trackline.platform.infrastructure;
