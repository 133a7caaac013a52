package io.trackline.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/**
 * The transaction a cache's read of reference data runs in: the caller's, or one of its own. A cache reads
 * on whichever thread asks first, and some of those threads live as long as the application (the ingestion
 * deadline's workers, the group commit's writers): outside a transaction, a connection such a thread reads
 * with would stay with it, out of the pool, until the thread ends.
 */
@ApplicationScoped
public class ReferenceReads {

    @Transactional
    public <K, V> V read(Function<K, V> loader, K key) {
        return loader.apply(key);
    }
}
