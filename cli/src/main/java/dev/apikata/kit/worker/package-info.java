/**
 * Where learner code runs: test workers, separate JVMs that stay warm (the JUnit Platform Launcher,
 * WireMock and Jetty loaded and compiled) and load each run's classes in a fresh class loader.
 *
 * <p>In the kit's JVM, {@link dev.apikata.kit.worker.IsolatedRunner} compiles and hands the tests to a
 * {@link dev.apikata.kit.worker.WorkerPool}, which starts workers as {@link dev.apikata.kit.worker.WorkerSettings}
 * say (a java command prefix for a sandbox, a heap cap, per-test and per-run deadlines, an output cap),
 * kills a worker whose tests exit, fill the heap or never return, replaces it in the background and
 * resumes the run without the task that stopped it: the caller gets one outcome per test, in the
 * learner's language. In the worker, {@link dev.apikata.kit.worker.WorkerMain} reads commands and
 * reports each test as it starts and ends (see {@code Protocol}).
 */
package dev.apikata.kit.worker;
