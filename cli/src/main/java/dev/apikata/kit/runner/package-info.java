/**
 * Compiling an exercise module and the shape of its results. A {@link dev.apikata.kit.runner.ModuleRunner}
 * compiles a module ({@link dev.apikata.kit.runner.ModuleCompiler}, the JDK's compiler API) and runs its
 * tests; the result is an immutable {@link dev.apikata.kit.runner.RunResult} with either compile errors
 * ({@code file:line}) or one {@link dev.apikata.kit.runner.TestOutcome} per test, each with its
 * {@link dev.apikata.kit.runner.FailureKind}, and one {@link dev.apikata.kit.runner.TaskResult} per
 * manifest task. The kit's runner, which tests in a separate JVM, is
 * {@link dev.apikata.kit.worker.IsolatedRunner}.
 */
package dev.apikata.kit.runner;
