package dev.apikata.mock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar apikata-mock-server.jar} starts a second, lean JVM for the server and waits
 * for it: a JVM's heap, collector and class-data sharing can only be chosen when it starts, and a
 * learner runs the practice API beside an IDE and a browser. The server JVM gets a bounded heap,
 * the serial collector and C1 only, and an application class-data archive of its own, written
 * beside the jar at the end of the first run and mapped by every later start.
 *
 * <p>{@code APIKATA_MOCK_JAVA_OPTS} adds JVM options (they win over the defaults);
 * {@code -Dapikata.mock.relaunch=false} runs the server in the first JVM instead.
 *
 * <p>This is the jar's main class, and its only public method is {@link #main}: the launcher JVM
 * then loads nothing of picocli, Jetty or WireMock, since the java launcher reflects on every
 * public method of the main class (and so loads the types they name).
 */
public final class ServerLauncher {

    /** Set on the server JVM, which then runs the server itself. */
    static final String CHILD_PROPERTY = "apikata.mock.child";
    static final String RELAUNCH_PROPERTY = "apikata.mock.relaunch";
    static final String OPTIONS_VARIABLE = "APIKATA_MOCK_JAVA_OPTS";

    /** The server JVM's defaults: a small, bounded heap that grows only as needed, no C2 warm-up on 2 cores. */
    static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-Xms32m", "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError",
            // The archive's own warnings (classes it skips) are for us, not for the learner's terminal.
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private static final long GRACE_SECONDS = 30;

    private ServerLauncher() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (shouldRelaunch(args)) {
            System.exit(relaunch(args));
        }
        if (System.getProperty(CHILD_PROPERTY) != null) {
            stopWithLauncher();
        }
        System.exit(ServeCommand.runInConsole(args));
    }

    /** Whether {@code main} should start the server JVM, rather than serve itself. */
    static boolean shouldRelaunch(String[] args) {
        if (System.getProperty(CHILD_PROPERTY) != null || "false".equals(System.getProperty(RELAUNCH_PROPERTY))) {
            return false;
        }
        // Help and version need no server. (A loop, not a stream: every class loaded here delays the server.)
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    /** Starts the server JVM with the same arguments, waits for it, and returns its exit code. */
    static int relaunch(String[] args) throws IOException, InterruptedException {
        String classPath = System.getProperty("java.class.path");
        ClassDataArchive archive = ClassDataArchive.forClassPath(classPath);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(DEFAULT_JVM_OPTIONS);
        command.addAll(archive.jvmOptions());
        command.addAll(userOptions(System.getenv(OPTIONS_VARIABLE)));
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.addAll(List.of("-cp", classPath, MockServerMain.class.getName()));
        command.addAll(List.of(args));
        // Standard input stays a pipe from this JVM: when this one dies, the server sees the end of it and stops.
        Process server = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Thread stopServer = new Thread("apikata-mock-launcher-stop") {
            @Override
            public void run() {
                ServerLauncher.stop(server);
                // On Ctrl-C or SIGTERM this JVM halts once its hooks end, before main gets to keep().
                archive.keep();
            }
        };
        Runtime.getRuntime().addShutdownHook(stopServer);
        int exit = server.waitFor();
        archive.keep();
        try {
            Runtime.getRuntime().removeShutdownHook(stopServer);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running already
        }
        return exit;
    }

    /** On Ctrl-C the server gets the signal too; on SIGTERM to this JVM only, pass it on. */
    private static void stop(Process server) {
        try {
            if (!isWindows()) {
                server.destroy();
            }
            if (!server.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** In the server JVM: stop when the launcher is gone (its end of standard input closes). */
    static void stopWithLauncher() {
        Thread watch = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // the launcher never writes; wait for the end
                }
            } catch (IOException e) {
                // the pipe broke: the launcher is gone
            }
            System.exit(0);
        }, "apikata-mock-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    static List<String> userOptions(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /**
     * The server JVM's application class-data archive: {@code apikata-mock-server.jsa} beside the jar
     * (one per JDK build and jar, so a rebuilt jar or another JDK gets its own). The first run writes
     * it to a temporary file at exit, and the launcher moves it into place, so a half-written archive
     * is never mapped. Nothing when the server does not run from one jar, or the folder is read-only.
     */
    record ClassDataArchive(Path archive, Path pending) {

        static ClassDataArchive forClassPath(String classPath) {
            Path jar = Path.of(classPath);
            if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar") || !Files.isRegularFile(jar)
                    || jar.toAbsolutePath().getParent() == null || !Files.isWritable(jar.toAbsolutePath().getParent())) {
                return new ClassDataArchive(null, null);
            }
            try {
                String key = Integer.toHexString((System.getProperty("java.vm.version") + "|" + Files.size(jar) + "|"
                        + Files.getLastModifiedTime(jar).toMillis()).hashCode());
                String name = jar.getFileName().toString().replaceAll("\\.jar$", "");
                Path folder = jar.toAbsolutePath().getParent();
                return new ClassDataArchive(folder.resolve(name + "-" + key + ".jsa"),
                        folder.resolve(name + "-" + key + "-" + ProcessHandle.current().pid() + ".jsa.tmp"));
            } catch (IOException e) {
                return new ClassDataArchive(null, null);
            }
        }

        List<String> jvmOptions() {
            if (archive == null) {
                return List.of();
            }
            return Files.isRegularFile(archive)
                    ? List.of("-XX:SharedArchiveFile=" + archive)
                    : List.of("-XX:ArchiveClassesAtExit=" + pending);
        }

        /** After the server JVM ended: a freshly written archive becomes the one later starts map (once, from either thread). */
        synchronized void keep() {
            if (pending == null || !Files.isRegularFile(pending)) {
                return;
            }
            try {
                Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                try {
                    Files.deleteIfExists(pending);
                } catch (IOException ignored) {
                    // a stray temporary file; the next start writes its own
                }
            }
        }
    }
}
