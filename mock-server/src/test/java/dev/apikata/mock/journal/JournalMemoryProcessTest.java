package dev.apikata.mock.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.Http;
import dev.apikata.mock.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal keeps 1,000 requests with at most 64 KiB of each body, so 2,000 uploads of 1 MB
 * leave about 64 MiB of bodies, not 1 GB. In a server JVM with a 192 MiB heap, keeping whole
 * bodies runs out of memory after some 150 uploads.
 */
class JournalMemoryProcessTest {

    private static final int UPLOADS = 2_000;
    private static final int UPLOAD_BYTES = 1_000_000;
    private static final String HEAP = "-Xmx192m";
    /** 1,000 kept bodies of 64 KiB, plus what the server holds anyway (seed data, WireMock, Jetty). */
    private static final long LIVE_HEAP_BOUND_BYTES = 1_000L * BoundedJournalStore.MAX_LOGGED_BODY + 72L * 1024 * 1024;
    /** A generation's line of GC.heap_info: "tenured generation total 131072K, used 83990K" (JDK 17), "Tenured total ..." (JDK 25). */
    private static final Pattern USED = Pattern.compile("\\btotal\\s+\\d+K,\\s+used\\s+(\\d+)K");

    @Test
    // A bound against a hang, not a speed check: about 70 s on a quiet 2-core machine, over 240 s at load average 130.
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    @DisplayName("2,000 uploads of 1 MB in a 192 MiB heap: every one answered, the server still serves, its live heap stays bounded")
    void uploadsDoNotFillTheHeap(@TempDir Path folder) throws Exception {
        try (ServerProcess server = ServerProcess.start(folder,
                List.of(HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dapikata.mock.relaunch=false"), "--lang", "en")) {
            URI upload = server.baseUrl().resolve("/upload");
            byte[] body = new byte[UPLOAD_BYTES];
            java.util.Arrays.fill(body, (byte) 'u');
            AtomicInteger answered = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            try {
                List<CompletableFuture<Void>> done = new ArrayList<>();
                for (int i = 0; i < UPLOADS; i++) {
                    done.add(CompletableFuture.runAsync(() -> {
                        HttpResponse<String> response = send(HttpRequest.newBuilder(upload)
                                .header("Content-Type", "application/octet-stream")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
                        if (response.statusCode() == 200) {
                            answered.incrementAndGet();
                        }
                    }, clients));
                }
                CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
            } finally {
                clients.shutdownNow();
            }

            HttpResponse<String> post = send(HttpRequest.newBuilder(server.baseUrl().resolve("/posts/1")).build());
            // The newest entry is GET /posts/1; the one before it, the last upload.
            JsonNode newest = Http.json(send(HttpRequest.newBuilder(server.baseUrl().resolve("/__admin/requests?limit=2")).build()))
                    .get("requests").get(1);
            long liveHeap = liveHeapBytes(serverPid(server));

            assertThat(answered.get()).as("uploads answered 200").isEqualTo(UPLOADS);
            assertThat(post.statusCode()).isEqualTo(200);
            assertThat(newest.at("/request/url").asText()).isEqualTo("/upload");
            assertThat(java.util.Base64.getDecoder().decode(newest.at("/request/bodyAsBase64").asText()))
                    .as("the last upload's entry keeps the first 64 KiB").hasSize(BoundedJournalStore.MAX_LOGGED_BODY);
            assertThat(liveHeap).as("live heap after a full GC, in bytes").isLessThan(LIVE_HEAP_BOUND_BYTES);
            assertThat(server.stop(20)).as("stops on SIGTERM").isTrue();
        }
    }

    private static long serverPid(ServerProcess server) {
        return server.process().pid();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return Http.client().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A full GC in the server, then what its generations still use, with the JDK's jcmd. */
    private static long liveHeapBytes(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        long usedKiB = 0;
        Matcher m = USED.matcher(info);
        while (m.find()) {
            usedKiB += Long.parseLong(m.group(1));
        }
        assertThat(usedKiB).as("jcmd GC.heap_info:\n" + info).isPositive();
        return usedKiB * 1024;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid), command)
                .redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jcmd.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(jcmd.exitValue()).as("jcmd " + command + ":\n" + out).isZero();
        return out;
    }
}
