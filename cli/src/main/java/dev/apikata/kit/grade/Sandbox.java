package dev.apikata.kit.grade;

import java.io.File;
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
 * the worker JVM a read-only view of the file system with a small private {@code /tmp}, a network
 * namespace of its own with only loopback, its own process ids, no inherited environment (no
 * grader's tokens to print), and a process tree that dies with the grader. Where bubblewrap is
 * missing or cannot create namespaces (macOS, Windows, a kernel without user namespaces), tests run
 * without it, and the report says so.
 *
 * <p>Threads are capped with the process limit ({@code prlimit --nproc}) where the kernel applies it:
 * for an ordinary user in a user namespace of the sandbox's own, so the count starts at zero and no
 * other process of the instructor's counts. The kernel never applies that limit to root.
 *
 * @param bubblewrap   the {@code bwrap} program, if it works here
 * @param threadCap    the program that caps threads ({@code prlimit}), if the cap takes effect here
 * @param reasonIfNone why there is no sandbox, for the report
 */
public record Sandbox(Optional<Path> bubblewrap, Optional<Path> threadCap, String reasonIfNone) {

    /** The most threads (the JVM's own included) a learner's worker may start. */
    public static final int MAX_THREADS = 512;

    /** The size of the private {@code /tmp}: files a learner's code writes there count against memory. */
    static final long TMP_BYTES = 64L * 1024 * 1024;

    // What hides a folder: an empty file system, too small to be worth writing to.
    private static final long HIDDEN_BYTES = 64L * 1024;

    /** The sandbox this machine can give, checked by running bubblewrap once. */
    public static Sandbox detect() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return none(System.getProperty("os.name"));
        }
        Optional<Path> bwrap = onPath("bwrap");
        if (bwrap.isEmpty()) {
            return none("bwrap is not installed (Debian/Ubuntu: apt install bubblewrap)");
        }
        Sandbox candidate = new Sandbox(bwrap, isRoot() ? Optional.empty() : onPath("prlimit"), "");
        return candidate.works() ? candidate : none("bwrap cannot create namespaces here");
    }

    /** No sandbox, for the given reason. */
    public static Sandbox none(String reason) {
        return new Sandbox(Optional.empty(), Optional.empty(), reason);
    }

    public boolean active() {
        return bubblewrap.isPresent();
    }

    public boolean capsThreads() {
        return active() && threadCap.isPresent();
    }

    /**
     * The words that start a command inside the sandbox: the whole file system read-only, a fresh
     * {@code /tmp} and {@code /dev/shm}, the {@code hidden} folders replaced by empty ones (the kit's
     * solutions, other learners' submissions, the results), then the {@code readable} paths (the
     * learner's classes, the kit's class path) bound read-only again, no network but loopback, a new
     * session (no terminal to inject keys into), no capabilities, no inherited environment, killed
     * when the grader dies.
     */
    public List<String> prefix(List<Path> hidden, List<Path> readable) {
        if (bubblewrap.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>(List.of(bubblewrap.get().toString(),
                "--ro-bind", "/", "/",
                "--dev", "/dev",
                "--proc", "/proc",
                "--size", String.valueOf(TMP_BYTES), "--tmpfs", "/tmp",
                "--size", String.valueOf(TMP_BYTES), "--tmpfs", "/dev/shm"));
        for (Path dir : hidden) {
            if (Files.isDirectory(dir)) {
                words.addAll(List.of("--size", String.valueOf(HIDDEN_BYTES), "--tmpfs", absolute(dir)));
            }
        }
        // A grading folder usually lies in /tmp, which the fresh /tmp above hides: show it again, read-only.
        for (Path path : readable) {
            words.addAll(List.of("--ro-bind", absolute(path), absolute(path)));
        }
        words.addAll(List.of("--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
                "--die-with-parent", "--new-session", "--cap-drop", "ALL",
                "--clearenv", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "LANG", "C.UTF-8"));
        if (threadCap.isPresent()) {
            // The cap counts per user and user namespace: a namespace of its own starts from zero.
            words.addAll(List.of("--unshare-user", "--", threadCap.get().toString(), "--nproc=" + MAX_THREADS));
        } else {
            words.add("--");
        }
        return words;
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private boolean works() {
        List<String> probe = new ArrayList<>(prefix(List.of(), List.of()));
        probe.add("true");
        try {
            Process process = new ProcessBuilder(probe).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
