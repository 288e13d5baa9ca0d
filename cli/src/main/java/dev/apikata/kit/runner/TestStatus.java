package dev.apikata.kit.runner;

/** How one test ended. */
public enum TestStatus {
    PASSED,
    FAILED,
    /** Disabled, or aborted by an assumption. */
    SKIPPED
}
