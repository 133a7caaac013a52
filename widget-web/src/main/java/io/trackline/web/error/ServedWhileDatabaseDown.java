package io.trackline.web.error;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource that answers from memory, so it goes on while the database is down: the
 * {@link DatabaseBreakerFilter} lets its requests through.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ServedWhileDatabaseDown {
}
