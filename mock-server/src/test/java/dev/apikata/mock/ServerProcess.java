package dev.apikata.mock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mock server's real entry point in a JVM of its own, started from a given folder. */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern BASE_URL = Pattern.compile("Base URL:\\s+(http://\\S+)");

    private final Process process;
    private final URI baseUrl;
    private final StringBuffer output = new StringBuffer();

    private ServerProcess(Process process) throws IOException {
        this.process = process;
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.baseUrl = URI.create(readBaseUrl(out));
        // Keep reading, so a full pipe never blocks the server.
        CompletableFuture.runAsync(() -> out.lines().forEach(line -> output.append(line).append('\n')));
    }

    /**
     * @param jvmOptions options of the server's JVM
     * @param args the server's own arguments ({@code --port 0} is added)
     */
    public static ServerProcess start(Path folder, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MockServerMain.class.getName(), "--port", "0"));
        command.addAll(List.of(args));
        return new ServerProcess(new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start());
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public Process process() {
        return process;
    }

    /** What the server printed after its banner. */
    public String output() {
        return output.toString();
    }

    private String readBaseUrl(BufferedReader out) throws IOException {
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            Matcher m = BASE_URL.matcher(line);
            if (m.find()) {
                output.append(seen);
                return m.group(1);
            }
        }
        throw new AssertionError("the server printed no base URL:\n" + seen);
    }

    /** SIGTERM, as Ctrl-C or a service manager stops it; true when it stopped within the time. */
    public boolean stop(long seconds) throws InterruptedException {
        process.destroy();
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
