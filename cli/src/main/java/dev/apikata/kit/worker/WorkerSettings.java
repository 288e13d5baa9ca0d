package dev.apikata.kit.worker;

import dev.apikata.kit.runner.KitClassPath;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How test workers are started and what they may take. A grader wraps the command in a sandbox
 * ({@link #withCommandPrefix}), caps memory and time, and keeps no spare worker.
 *
 * @param commandPrefix  words before the java command: a sandbox such as {@code bwrap …} (none by default)
 * @param java           the java launcher
 * @param classPath      the worker's class path: the kit's own (JUnit, WireMock, Jackson, the course model)
 * @param heapMegabytes  the worker's heap cap ({@code -Xmx})
 * @param testTimeout    how long one test may take unless it declares more with {@code @Timeout}
 * @param runDeadline    how long one module's run may take in all
 * @param grace          extra time past a test's limit before the kit kills a worker that did not stop it
 * @param startTimeout   how long a worker may take to start and warm up
 * @param outputLimit    how many characters of the tests' printed output a result keeps
 * @param spares         workers kept warm beside the one in use, so a killed one is replaced at once
 * @param restartsPerRun how often one run may replace a worker that its tests ended, to run the rest
 * @param warmUpRuns     how often a new worker runs its warm-up exchange before it is ready
 * @param classData      a class-data archive of the kit's own classes ({@link ClassDataArchive}) that
 *                       workers map instead of loading those classes one by one, if any
 */
public record WorkerSettings(List<String> commandPrefix, Path java, List<Path> classPath, int heapMegabytes,
        Duration testTimeout, Duration runDeadline, Duration grace, Duration startTimeout, int outputLimit,
        int spares, int restartsPerRun, int warmUpRuns, Optional<Path> classData) {

    /** The default time one test may take: far above any exercise's own delays, short for a learner waiting. */
    public static final Duration DEFAULT_TEST_TIMEOUT = Duration.ofSeconds(5);

    public WorkerSettings {
        commandPrefix = List.copyOf(commandPrefix);
        Objects.requireNonNull(java, "java");
        classPath = List.copyOf(classPath);
        Objects.requireNonNull(testTimeout, "testTimeout");
        Objects.requireNonNull(runDeadline, "runDeadline");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(startTimeout, "startTimeout");
        Objects.requireNonNull(classData, "classData");
        if (heapMegabytes < 32 || spares < 0 || restartsPerRun < 0 || warmUpRuns < 0 || outputLimit < 0) {
            throw new IllegalArgumentException("worker limits out of range");
        }
    }

    /** Workers on this JVM's java and class path: what the kit itself uses. */
    public static WorkerSettings forThisKit() {
        return new WorkerSettings(List.of(), Path.of(System.getProperty("java.home"), "bin", "java"),
                KitClassPath.ofThisJvm().entries(), 256, DEFAULT_TEST_TIMEOUT, Duration.ofSeconds(120),
                Duration.ofSeconds(3), Duration.ofSeconds(90), 256 * 1024, 0, 3, 1, Optional.empty());
    }

    public WorkerSettings withCommandPrefix(List<String> prefix) {
        return new WorkerSettings(prefix, java, classPath, heapMegabytes, testTimeout, runDeadline, grace,
                startTimeout, outputLimit, spares, restartsPerRun, warmUpRuns, classData);
    }

    public WorkerSettings withHeapMegabytes(int megabytes) {
        return new WorkerSettings(commandPrefix, java, classPath, megabytes, testTimeout, runDeadline, grace,
                startTimeout, outputLimit, spares, restartsPerRun, warmUpRuns, classData);
    }

    public WorkerSettings withTestTimeout(Duration timeout) {
        return new WorkerSettings(commandPrefix, java, classPath, heapMegabytes, timeout, runDeadline, grace,
                startTimeout, outputLimit, spares, restartsPerRun, warmUpRuns, classData);
    }

    public WorkerSettings withRunDeadline(Duration deadline) {
        return new WorkerSettings(commandPrefix, java, classPath, heapMegabytes, testTimeout, deadline, grace,
                startTimeout, outputLimit, spares, restartsPerRun, warmUpRuns, classData);
    }

    public WorkerSettings withOutputLimit(int characters) {
        return new WorkerSettings(commandPrefix, java, classPath, heapMegabytes, testTimeout, runDeadline, grace,
                startTimeout, characters, spares, restartsPerRun, warmUpRuns, classData);
    }

    public WorkerSettings withSpares(int count) {
        return new WorkerSettings(commandPrefix, java, classPath, heapMegabytes, testTimeout, runDeadline, grace,
                startTimeout, outputLimit, count, restartsPerRun, warmUpRuns, classData);
    }

    public WorkerSettings withWarmUpRuns(int runs) {
        return new WorkerSettings(commandPrefix, java, classPath, heapMegabytes, testTimeout, runDeadline, grace,
                startTimeout, outputLimit, spares, restartsPerRun, runs, classData);
    }

    public WorkerSettings withClassData(Path archive) {
        return new WorkerSettings(commandPrefix, java, classPath, heapMegabytes, testTimeout, runDeadline, grace,
                startTimeout, outputLimit, spares, restartsPerRun, warmUpRuns, Optional.of(archive));
    }

    /** The whole command that starts one worker. */
    public List<String> command() {
        List<String> command = new ArrayList<>(commandPrefix);
        command.add(java.toString());
        command.add("-Xmx" + heapMegabytes + "m");
        // Learner code may load a fresh class loader per run: cap what that can leak, too.
        command.add("-XX:MaxMetaspaceSize=" + Math.max(128, heapMegabytes) + "m");
        // Short runs of freshly loaded classes: the quick compiler wins, and one GC thread is plenty.
        command.add("-XX:TieredStopAtLevel=1");
        // A JVM that cannot use the archive (another build of java) says why and starts without it.
        classData.ifPresent(archive -> command.add("-XX:SharedArchiveFile=" + archive));
        command.add("-XX:+UseSerialGC");
        // A worker's classes come from the kit's own jars or from the kit's javac (the kit's tests, the
        // learner's sources). Checking their bytecode (a fifth of a worker's start) protects nothing:
        // learner code runs with the worker's full rights either way, and what keeps it in is the
        // worker's process and sandbox.
        command.add("-XX:+UnlockDiagnosticVMOptions");
        command.add("-XX:-BytecodeVerificationRemote");
        command.add("-Xss1m");
        command.add("-XX:-UsePerfData");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(WorkerMain.class.getName());
        command.add(String.valueOf(warmUpRuns));
        return command;
    }
}
