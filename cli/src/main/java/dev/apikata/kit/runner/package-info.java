/**
 * Compiling and testing an exercise module inside the kit's JVM. Keep one
 * {@link dev.apikata.kit.runner.InProcessRunner} per process and call
 * {@link dev.apikata.kit.runner.InProcessRunner#run(dev.apikata.kit.project.ExerciseModule, dev.apikata.kit.project.Implementation)}
 * on every change: the result is an immutable {@link dev.apikata.kit.runner.RunResult} with either
 * compile errors ({@code file:line}) or one {@link dev.apikata.kit.runner.TestOutcome} per test and one
 * {@link dev.apikata.kit.runner.TaskResult} per manifest task.
 */
package dev.apikata.kit.runner;
