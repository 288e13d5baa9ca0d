package dev.apikata.kit.runner;

import java.util.Objects;
import java.util.Optional;

/**
 * How one exercise test ended.
 *
 * @param testClass   the fully qualified test class
 * @param displayName what the test says it checks
 * @param taskId      the task of its {@code @Tag("task:…")}, if it has one
 * @param message     the failure message the learner reads; empty when it passed
 * @param kind        what kind of failure it was; {@link FailureKind#NONE} unless it failed, or
 *                    {@link FailureKind#NOT_RUN} for a test skipped because of another's failure
 */
public record TestOutcome(String testClass, String displayName, Optional<String> taskId, TestStatus status,
        String message, FailureKind kind) {

    public TestOutcome {
        Objects.requireNonNull(testClass, "testClass");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
        kind = switch (status) {
            case PASSED -> FailureKind.NONE;
            case SKIPPED -> kind == FailureKind.NOT_RUN ? FailureKind.NOT_RUN : FailureKind.NONE;
            case FAILED -> kind == null || kind == FailureKind.NONE || kind == FailureKind.NOT_RUN ? FailureKind.EXCEPTION : kind;
        };
    }

    /** An outcome whose kind of failure is not known (a failed set-up, a test that could not start). */
    public TestOutcome(String testClass, String displayName, Optional<String> taskId, TestStatus status, String message) {
        this(testClass, displayName, taskId, status, message, FailureKind.EXCEPTION);
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
