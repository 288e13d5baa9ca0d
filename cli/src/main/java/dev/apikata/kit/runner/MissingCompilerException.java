package dev.apikata.kit.runner;

/** This Java runtime has no compiler: a JRE, not a JDK. The kit needs a JDK to compile the learner's code. */
public final class MissingCompilerException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public MissingCompilerException(String javaHome) {
        super("no Java compiler in " + javaHome + ": the kit needs a JDK, not only a JRE");
    }
}
