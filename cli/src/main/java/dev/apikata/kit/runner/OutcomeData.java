package dev.apikata.kit.runner;

import java.util.Optional;

/** A {@link TestOutcome} as plain data for JSON: the task is a string or null. */
public record OutcomeData(String testClass, String displayName, String task, TestStatus status, FailureKind kind,
        String message) {

    public static OutcomeData of(TestOutcome outcome) {
        return new OutcomeData(outcome.testClass(), outcome.displayName(), outcome.taskId().orElse(null),
                outcome.status(), outcome.kind(), outcome.message());
    }

    public TestOutcome toOutcome() {
        return new TestOutcome(testClass, displayName, Optional.ofNullable(task), status, message, kind);
    }
}
