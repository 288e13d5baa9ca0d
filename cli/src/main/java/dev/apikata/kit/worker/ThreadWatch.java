package dev.apikata.kit.worker;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The threads a run started: to interrupt them when the run is cancelled, and to find those that
 * outlive it (a learner's thread that never ends, a test still spinning after its timeout).
 */
final class ThreadWatch {

    /** JUnit runs each test in a thread of this name, to be able to walk away from an endless loop. */
    static final String TIMEOUT_THREAD = "junit-timeout-thread";

    private final Set<Thread> before;

    ThreadWatch() {
        this.before = live();
    }

    /** Threads alive now that were not when this watch began. */
    Set<Thread> started() {
        Set<Thread> now = live();
        now.removeAll(before);
        return now;
    }

    void interruptStarted() {
        started().forEach(Thread::interrupt);
    }

    /**
     * The non-daemon threads started since this watch began that are still alive after {@code grace}
     * (a test's server threads need a moment to stop).
     */
    List<Thread> outliving(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        List<Thread> alive = lingering();
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            alive = lingering();
        }
        return alive;
    }

    private List<Thread> lingering() {
        return started().stream().filter(thread -> thread.isAlive() && !thread.isDaemon()).toList();
    }

    /** A thread of a test's HTTP server (Jetty's pool grows while tests run): the server's, not the learner's. */
    static boolean isServerThread(Thread thread) {
        String name = thread.getName();
        return name.startsWith("qtp") || name.startsWith("Scheduler-") || name.contains("Jetty");
    }

    static boolean isTimeoutThread(Thread thread) {
        return thread.getName().startsWith(TIMEOUT_THREAD);
    }

    static Set<Thread> live() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 32];
        int count = root.enumerate(threads, true);
        return new HashSet<>(Arrays.asList(threads).subList(0, count));
    }
}
