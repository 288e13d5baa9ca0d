package dev.apikata.kit.project;

/** Which main sources an exercise module is built from: the learner's stubs or the reference solutions. */
public enum Implementation {
    /** {@code exercises/NN-topic/src/main/java}: what the learner edits. */
    STUBS,
    /** {@code solutions/NN-topic/src/main/java}: the reference implementation. */
    SOLUTIONS;

    /** Lower-case name for folders and messages: {@code stubs}, {@code solutions}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
