package dev.apikata.course;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The first stub marker one test reached. {@link LearnerFeedback} keeps one per test in that test's
 * {@link org.junit.jupiter.api.extension.ExtensionContext.Store} and makes it the current one while
 * the test method runs, on the test's thread and on threads it starts; tests running in parallel
 * each see their own.
 */
final class ReachedStubs {

    // Inheritable, so a stub reached on a thread the test started (an executor, sendAsync) is seen too.
    private static final InheritableThreadLocal<ReachedStubs> CURRENT = new InheritableThreadLocal<>();

    private final AtomicReference<TaskNotDoneException> first = new AtomicReference<>();

    /** Notes {@code marker} for the test running on this thread, if a test is running. */
    static void noteForCurrentTest(TaskNotDoneException marker) {
        ReachedStubs reached = CURRENT.get();
        if (reached != null) {
            reached.first.compareAndSet(null, marker);
        }
    }

    Optional<TaskNotDoneException> first() {
        return Optional.ofNullable(first.get());
    }

    /** Makes this the current record on this thread until the returned scope is closed. */
    Scope enter() {
        ReachedStubs previous = CURRENT.get();
        CURRENT.set(this);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
