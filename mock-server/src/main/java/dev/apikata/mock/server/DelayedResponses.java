package dev.apikata.mock.server;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Where WireMock sends a response that waits ({@code /delay}) or dribbles ({@code /slow}). WireMock's
 * own executor runs the waiting and the writing on a fixed pool of 4 threads, so the fifth slow
 * response waits for one of the first four. Here one timer thread only counts down, then hands
 * each response to an elastic pool of writers: 50 delays run at once, and a dribbling body holds
 * one writer thread, not the others' turn.
 */
final class DelayedResponses extends ScheduledThreadPoolExecutor {

    /** More concurrent slow bodies than this wait for a free writer (the delays still count down). */
    static final int MAX_WRITERS = 256;
    private static final int IDLE_WRITER_MILLIS = 30_000;

    private final QueuedThreadPool writers = new QueuedThreadPool(MAX_WRITERS, 0, IDLE_WRITER_MILLIS);

    DelayedResponses() {
        super(1, runnable -> {
            Thread timer = new Thread(runnable, "apikata-delay-timer");
            timer.setDaemon(true);
            return timer;
        });
        setRemoveOnCancelPolicy(true);
        writers.setName("apikata-delayed");
        writers.setDaemon(true);
        try {
            writers.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the delayed response writers", e);
        }
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable response, long delay, TimeUnit unit) {
        return super.schedule(() -> writers.execute(response), delay, unit);
    }

    @Override
    public void shutdown() {
        super.shutdownNow();
        try {
            writers.stop();
        } catch (Exception e) {
            // stopping: nothing more to do for a writer that would not stop
        }
    }
}
