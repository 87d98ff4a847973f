package de.querschnitt.common.live;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The thread that delivers live updates, so that a save returns without waiting for other people's
 * screens, and so that no listener runs with the saving person's security context.
 */
@Component
public class LiveEditsExecutor implements Executor, DisposableBean {

    private final ExecutorService delegate = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("live-edits-", 0).factory());

    @Override
    public void execute(Runnable command) {
        delegate.execute(command);
    }

    @Override
    public void destroy() {
        delegate.shutdown();
    }
}
