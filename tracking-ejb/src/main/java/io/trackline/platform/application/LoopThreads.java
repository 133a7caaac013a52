package io.trackline.platform.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;

/**
 * A thread of its own for each loop that runs as long as the application: group-commit writers, their
 * deadline keepers, the auction log's writer. Liberty's default executor serves requests, and grows its
 * pool only now and then: a loop there would hold one of its few threads for good, and requests, refusals
 * included, would queue behind it while the database is down.
 */
@ApplicationScoped
public class LoopThreads implements Executor {

    @Resource
    private ManagedThreadFactory threads;

    @Override
    public void execute(Runnable loop) {
        threads.newThread(loop).start();
    }
}
