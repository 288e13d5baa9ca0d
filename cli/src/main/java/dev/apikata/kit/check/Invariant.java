package dev.apikata.kit.check;

/** What {@code kit check} proves for every module, in the order it proves them. */
public enum Invariant {
    /** The learner's starting point compiles, with the tests. */
    STUBS_COMPILE,
    /** Every test fails on the untouched stubs: no task is done before the learner starts. */
    TESTS_FAIL_ON_STUBS,
    /** Every test passes on the reference solutions: every task can be done. */
    TESTS_PASS_ON_SOLUTIONS,
    /** Stubs and solutions declare the same public classes, constructors, methods and fields. */
    SAME_PUBLIC_API,
    /** Every test is tagged with a task of the manifest, and every task has a test. */
    TASKS_MATCH_TESTS,
    /**
     * Every task has known mistakes in the catalogue, and a test of its own task rejects each of them,
     * exactly as the mistake's record says.
     */
    MISTAKES_CAUGHT
}
