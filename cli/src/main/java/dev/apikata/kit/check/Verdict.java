package dev.apikata.kit.check;

/** The state of one invariant for one module. */
public enum Verdict {
    HOLDS,
    BREACHED,
    /** Could not be checked because an earlier invariant is breached (the stubs do not compile, say). */
    NOT_CHECKED
}
