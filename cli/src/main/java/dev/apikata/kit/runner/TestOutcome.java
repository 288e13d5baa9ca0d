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
 */
public record TestOutcome(String testClass, String displayName, Optional<String> taskId, TestStatus status,
        String message) {

    public TestOutcome {
        Objects.requireNonNull(testClass, "testClass");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
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
