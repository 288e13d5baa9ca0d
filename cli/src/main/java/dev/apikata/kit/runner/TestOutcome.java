package dev.apikata.kit.runner;

import java.util.Objects;
import java.util.Optional;

/**
 * How one exercise test ended.
 *
 * @param testClass   the fully qualified test class
 * @param displayName what the test says it checks
 * @param taskId      the task of its {@code @Tag("task:…")}, if it has one
 * @param kind        why it did not pass; {@link FailureKind#NONE} when it passed
 * @param message     the failure message the learner reads; empty when it passed
 */
public record TestOutcome(String testClass, String displayName, Optional<String> taskId, TestStatus status,
        FailureKind kind, String message) {

    public TestOutcome {
        Objects.requireNonNull(testClass, "testClass");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(status, "status");
        kind = kind != null ? kind : status == TestStatus.PASSED ? FailureKind.NONE
                : status == TestStatus.SKIPPED ? FailureKind.NOT_RUN : FailureKind.ASSERTION;
        message = message == null ? "" : message;
    }

    /** An outcome whose kind follows from its status: an assertion for a failure. */
    public TestOutcome(String testClass, String displayName, Optional<String> taskId, TestStatus status,
            String message) {
        this(testClass, displayName, taskId, status, null, message);
    }

    public boolean passed() {
        return status == TestStatus.PASSED;
    }

    public boolean failed() {
        return status == TestStatus.FAILED;
    }

    /** {@code PostsClientTest > PUT replaces the whole post}: short enough for a terminal line. */
    public String name() {
        return testClass.substring(testClass.lastIndexOf('.') + 1) + " > " + displayName;
    }
}
