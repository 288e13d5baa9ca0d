package dev.apikata.kit.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Where a learner's tests run: inside bubblewrap (the sandbox Flatpak uses) on Linux, which gives
 * the worker JVM a read-only view of the file system with a private {@code /tmp}, a network
 * namespace of its own with only loopback, its own process ids, and a process tree that dies with
 * the grader. Where bubblewrap is missing or cannot create namespaces (macOS, Windows, a kernel
 * without user namespaces), tests run without it, and the report says so.
 */
public record Sandbox(Optional<Path> bubblewrap, String reasonIfNone) {

    /** The sandbox this machine can give, checked by running bubblewrap once. */
    public static Sandbox detect() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return new Sandbox(Optional.empty(), System.getProperty("os.name"));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "bwrap");
            if (Files.isExecutable(candidate)) {
                return works(candidate) ? new Sandbox(Optional.of(candidate), "")
                        : new Sandbox(Optional.empty(), "bwrap cannot create namespaces here");
            }
        }
        return new Sandbox(Optional.empty(), "bwrap is not installed (Debian/Ubuntu: apt install bubblewrap)");
    }

    /** No sandbox, for the given reason. */
    public static Sandbox none(String reason) {
        return new Sandbox(Optional.empty(), reason);
    }

    public boolean active() {
        return bubblewrap.isPresent();
    }

    /**
     * The words that start a command inside the sandbox: the whole file system read-only, a fresh
     * {@code /tmp} and {@code /dev/shm}, {@code writable} folders bound read-write, no network but
     * loopback, a new session (no terminal to inject keys into), killed when the grader dies.
     */
    public List<String> prefix(List<Path> writable) {
        if (bubblewrap.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>(List.of(bubblewrap.get().toString(),
                "--ro-bind", "/", "/",
                "--dev", "/dev",
                "--proc", "/proc",
                "--tmpfs", "/tmp",
                "--tmpfs", "/dev/shm",
                "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts",
                "--die-with-parent", "--new-session"));
        for (Path dir : writable) {
            String path = dir.toAbsolutePath().normalize().toString();
            words.addAll(List.of("--bind", path, path));
        }
        words.add("--");
        return words;
    }

    private static boolean works(Path bwrap) {
        try {
            Process probe = new ProcessBuilder(bwrap.toString(), "--ro-bind", "/", "/", "--unshare-net", "--", "true")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
