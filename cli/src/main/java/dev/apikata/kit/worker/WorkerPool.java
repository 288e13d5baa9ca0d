package dev.apikata.kit.worker;

import dev.apikata.kit.runner.RunCancelledException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps warm test workers and runs tests in them. A worker that its tests ended, or that the kit had
 * to kill, is replaced in the background, and the run goes on in the next worker with the tests it
 * had not reached (without the task that stopped the last one), so every test gets a result.
 *
 * <p>Workers start one after the other on a thread of the pool's own; with {@code spares} set, that
 * many wait warm beside the one in use, so a killed worker costs no start-up. Runs are serialised.
 */
public final class WorkerPool implements AutoCloseable {

    // How long a cancelled run may take to say it stopped before its worker is killed.
    private static final Duration CANCEL_PATIENCE = Duration.ofSeconds(1);

    private final WorkerSettings settings;
    private final ExecutorService starter = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "kit-worker-starter");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Future<WorkerProcess>> idle = new ArrayDeque<>();
    private final Set<WorkerProcess> all = ConcurrentHashMap.newKeySet();
    private final AtomicLong runIds = new AtomicLong();
    private final Object runLock = new Object();
    private final Thread killOnExit = new Thread(this::killAll, "kit-worker-cleanup");
    private int inUse;
    private boolean closed;

    public WorkerPool(WorkerSettings settings) {
        this.settings = settings;
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    public WorkerSettings settings() {
        return settings;
    }

    /** Starts the workers now, in the background, so the first run does not wait for one. */
    public synchronized void warm() {
        topUp();
    }

    /**
     * Runs the tests in a worker and returns one outcome per test. Interrupting the calling thread
     * cancels the run ({@link RunCancelledException}).
     *
     * @throws WorkerUnavailableException if no worker can be started
     */
    public WorkerReport execute(TestRun run) {
        synchronized (runLock) {
            RunLedger ledger = new RunLedger(run, settings);
            long deadline = System.nanoTime() + settings.runDeadline().toNanos();
            for (int attempt = 0; ; attempt++) {
                WorkerProcess worker = take();
                boolean finished;
                try {
                    finished = drive(worker, ledger, deadline);
                } catch (RunCancelledException e) {
                    throw e;
                } catch (RuntimeException | Error e) {
                    retire(worker);
                    throw e;
                }
                if (finished && !ledger.retire()) {
                    giveBack(worker);
                    return ledger.report();
                }
                retire(worker);
                // A worker that gave up on the run (its heap ran out) left tests for the next one.
                if (!ledger.hasTestsToResume() || attempt >= settings.restartsPerRun()
                        || System.nanoTime() >= deadline) {
                    return ledger.report();
                }
            }
        }
    }

    /** True when the run finished in this worker; false when the worker ended or had to be killed. */
    private boolean drive(WorkerProcess worker, RunLedger ledger, long deadline) {
        long id = runIds.incrementAndGet();
        if (!worker.send(ledger.command(id))) {
            ledger.ended(-1, worker.errorTail());
            return false;
        }
        while (true) {
            long now = System.nanoTime();
            long wait = Math.min(deadline, ledger.activityDeadline()) - now;
            WorkerMessage message;
            try {
                message = wait > 0 ? worker.next(wait) : null;
            } catch (InterruptedException e) {
                cancel(worker, id);
                Thread.currentThread().interrupt();
                throw new RunCancelledException();
            }
            if (message == null) {
                worker.kill();
                if (System.nanoTime() >= deadline) {
                    ledger.pastDeadline();
                } else {
                    ledger.stuck();
                }
                return false;
            }
            if (message instanceof WorkerMessage.Ended ended) {
                ledger.ended(ended.exitCode(), worker.errorTail());
                return false;
            }
            if (isOfAnotherRun(message, id)) {
                continue;
            }
            ledger.accept(message);
            if (message instanceof WorkerMessage.Done) {
                return true;
            }
        }
    }

    // Messages carry their run's id; a late message of a cancelled run must not count for this one.
    private static boolean isOfAnotherRun(WorkerMessage message, long id) {
        long run = message instanceof WorkerMessage.Plan plan ? plan.run()
                : message instanceof WorkerMessage.Started started ? started.run()
                : message instanceof WorkerMessage.Finished finished ? finished.run()
                : message instanceof WorkerMessage.Done done ? done.run()
                : id;
        return run != id;
    }

    // Ask the worker to stop; if it does not say so in time (an endless loop ignores interrupts), kill it.
    private void cancel(WorkerProcess worker, long id) {
        worker.send(new WorkerCommand.Cancel(id));
        long deadline = System.nanoTime() + CANCEL_PATIENCE.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                WorkerMessage message = worker.next(deadline - System.nanoTime());
                if (message instanceof WorkerMessage.Done done && done.run() == id) {
                    if (done.retire()) {
                        retire(worker);
                    } else {
                        giveBack(worker);
                    }
                    return;
                }
                if (message == null || message instanceof WorkerMessage.Ended) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            // asked twice: stop waiting
        }
        retire(worker);
    }

    private WorkerProcess take() {
        while (true) {
            Future<WorkerProcess> next;
            synchronized (this) {
                if (closed) {
                    throw new WorkerUnavailableException("the worker pool is closed");
                }
                if (idle.isEmpty()) {
                    idle.addLast(starter.submit(this::startOne));
                }
                // The spares are topped up when this run is over, so that they do not slow it down.
                next = idle.pollFirst();
                inUse++;
            }
            try {
                WorkerProcess worker = next.get();
                if (worker.isAlive()) {
                    return worker;
                }
                synchronized (this) {
                    inUse--; // it died while it waited (killed from outside): take the next one
                    discard(worker);
                }
            } catch (InterruptedException e) {
                synchronized (this) {
                    idle.addFirst(next); // still starting: the next run takes it
                    inUse--;
                }
                Thread.currentThread().interrupt();
                throw new RunCancelledException();
            } catch (ExecutionException e) {
                synchronized (this) {
                    inUse--;
                }
                Throwable cause = e.getCause();
                throw cause instanceof WorkerUnavailableException unavailable ? unavailable
                        : new WorkerUnavailableException(String.valueOf(cause));
            }
        }
    }

    private synchronized void giveBack(WorkerProcess worker) {
        inUse--;
        if (closed) {
            discard(worker);
            return;
        }
        idle.addFirst(CompletableFuture.completedFuture(worker));
        topUp();
    }

    // The next run needs one worker now; the spares follow once it is done, not competing with it.
    private synchronized void retire(WorkerProcess worker) {
        inUse--;
        discard(worker);
        if (!closed && idle.isEmpty()) {
            idle.addLast(starter.submit(this::startOne));
        }
    }

    private synchronized void discard(WorkerProcess worker) {
        worker.kill();
        all.remove(worker);
    }

    // Keeps one worker ready (or starting) for the next run, plus the spares.
    private void topUp() {
        int wanted = settings.spares() + (inUse > 0 ? 0 : 1);
        while (idle.size() < wanted) {
            idle.addLast(starter.submit(this::startOne));
        }
    }

    private WorkerProcess startOne() throws IOException, InterruptedException {
        WorkerProcess worker = WorkerProcess.start(settings);
        all.add(worker);
        boolean ready = false;
        try {
            ready = worker.awaitReady(settings.startTimeout());
        } finally {
            if (!ready) {
                worker.kill();
                all.remove(worker);
            }
        }
        if (!ready) {
            throw new WorkerUnavailableException("the test worker did not start: " + String.join(" ",
                    settings.command().subList(0, Math.min(3, settings.command().size()))) + "\n" + worker.errorTail());
        }
        return worker;
    }

    private void killAll() {
        all.forEach(WorkerProcess::kill);
    }

    /** Stops every worker (each is asked to leave, then killed) and the pool's thread. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            idle.forEach(future -> future.cancel(true));
            idle.clear();
        }
        starter.shutdownNow();
        all.forEach(worker -> worker.stop(Duration.ofMillis(500)));
        all.clear();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook kills them
        }
    }
}
