package dev.apikata.chapters.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a shell block in a real {@code bash}, in a folder that looks like the reader's project, and
 * reports what a terminal would have shown (standard output and error, in order) and which command
 * failed. Each block runs on its own, in a fresh shell.
 */
public final class ShellRunner {

    /**
     * What a block did: its output, which commands failed and how, and whether it was stopped
     * because it ran too long (then the output is only what it printed until then).
     */
    public record Ran(String output, List<String> failures, boolean stopped) {
        public boolean failed() {
            return !failures.isEmpty();
        }
    }

    /** How long a block may run: ./kit check runs every module's tests several times, minutes on a loaded machine. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(Long.getLong("apikata.docTest.commandTimeoutSeconds", 900));
    // What the runner puts before the block: two lines, so LINENO - 2 is the block's own line.
    private static final String PRELUDE = "exec 2>&1; set -o pipefail\n"
            + "trap 'echo \"$((LINENO - 2)) $? $BASH_COMMAND\" >> \"$DOC_TEST_FAILURES\"' ERR\n";

    private final Path workDir;
    private final Map<String, String> environment;
    private final Duration timeout;

    /**
     * @param workDir     the folder commands run in (a copy of the project, with the {@code ./kit} shim)
     * @param environment variables to add (the language, curl's config)
     */
    public ShellRunner(Path workDir, Map<String, String> environment) {
        this(workDir, environment, DEFAULT_TIMEOUT);
    }

    public ShellRunner(Path workDir, Map<String, String> environment, Duration timeout) {
        this.workDir = workDir;
        this.environment = Map.copyOf(environment);
        this.timeout = timeout;
    }

    public Ran run(String script) {
        try {
            Path file = Files.createTempFile(workDir.getParent(), "block", ".sh");
            Path failures = Files.createTempFile(workDir.getParent(), "block", ".failures");
            try {
                Files.writeString(file, PRELUDE + script + "\n", StandardCharsets.UTF_8);
                ProcessBuilder builder = new ProcessBuilder("bash", file.toString())
                        .directory(workDir.toFile())
                        .redirectErrorStream(true)
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                builder.environment().putAll(environment);
                builder.environment().put("DOC_TEST_FAILURES", failures.toString());
                Process process = builder.start();
                byte[][] output = new byte[1][];
                Thread reader = new Thread(() -> {
                    try {
                        output[0] = process.getInputStream().readAllBytes();
                    } catch (IOException e) {
                        output[0] = ("(cannot read the output: " + e + ")").getBytes(StandardCharsets.UTF_8);
                    }
                });
                reader.start();
                List<String> problems = new ArrayList<>();
                boolean stopped = !process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (stopped) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    problems.add("still running after " + timeout.toSeconds() + " s: stopped");
                }
                reader.join(TimeUnit.SECONDS.toMillis(10));
                for (String failure : Files.readAllLines(failures, StandardCharsets.UTF_8)) {
                    String[] parts = failure.split(" ", 3);
                    problems.add("line " + parts[0] + ": exit code " + parts[1] + " from " + (parts.length > 2 ? parts[2] : "?"));
                }
                String text = output[0] == null ? "" : new String(output[0], StandardCharsets.UTF_8);
                return new Ran(text.replace("\r\n", "\n").replace('\r', '\n'), problems, stopped);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(failures);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
