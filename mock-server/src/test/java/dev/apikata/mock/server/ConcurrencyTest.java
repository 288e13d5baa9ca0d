package dev.apikata.mock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.ApiTest;
import dev.apikata.mock.Http;
import dev.apikata.mock.MockApi;
import dev.apikata.mock.MockApiOptions;
import dev.apikata.mock.RawHttp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Module 07 measures the speed-up of concurrent calls against /delay and /slow, so they must not
 * wait for each other, and stalled clients must not hold up anyone else.
 *
 * <p>Each wait is measured from the moment the request reached the server (its journal entry; the
 * server runs in this JVM, so it shares the clock) to the moment the client had the whole answer,
 * so a client that is slow to send 70 requests on a loaded machine does not count against the
 * server. Serialised on 4 threads, as before, the last of 20 slow bodies would take 5 times its
 * duration (7.5 s here, 8 of the 20 over 4.5 s, and the delays behind them as long); the margin
 * of 3 s allows a loaded 2-core machine but not that. The class runs alone: another test class's
 * load and garbage collections in this JVM would stop the server's timers as well.
 */
@Isolated("the waits are timed; other test classes in this JVM would delay the server's timers")
class ConcurrencyTest extends ApiTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    private static final int SLOW_MS = 1500;
    private static final int DELAY_MS = 500;
    private static final long MARGIN_MS = 3000;

    private final ExecutorService clients = Executors.newCachedThreadPool();

    @Override
    protected MockApiOptions options() {
        return MockApiOptions.defaults().withReadTimeout(READ_TIMEOUT);
    }

    @AfterAll
    void stopClients() {
        clients.shutdownNow();
    }

    private record Timed(String url, HttpResponse<String> response, Instant done) {}

    private CompletableFuture<Timed> fetch(String url) {
        return CompletableFuture.supplyAsync(() -> {
            HttpResponse<String> response = http.get(url);
            return new Timed(url, response, Instant.now());
        }, clients);
    }

    /** When each URL reached the server, from the request journal. */
    private Map<String, Instant> arrivals() {
        Map<String, Instant> arrived = new HashMap<>();
        for (JsonNode entry : Http.json(http.get("/__admin/requests")).get("requests")) {
            arrived.put(entry.at("/request/url").asText(), Instant.ofEpochMilli(entry.at("/request/loggedDate").asLong()));
        }
        return arrived;
    }

    private static long waitedMillis(Timed timed, Map<String, Instant> arrivals) {
        Instant arrived = arrivals.get(timed.url());
        assertThat(arrived).as("journal entry of " + timed.url()).isNotNull();
        return Duration.between(arrived, timed.done()).toMillis();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("20 slow bodies and 50 delays at once each take about one duration, and a plain GET stays fast meanwhile")
    void delaysRunConcurrently() {
        http.send(http.request("/__admin/requests").DELETE().build());
        List<CompletableFuture<Timed>> slow = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            slow.add(fetch("/slow?duration=" + SLOW_MS + "&chunks=3&bytes=30&n=" + i));
        }
        List<CompletableFuture<Timed>> delays = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            delays.add(fetch("/delay/" + DELAY_MS + "?n=" + i));
        }
        long started = System.nanoTime();
        HttpResponse<String> plain = http.get("/posts/1");
        long plainMillis = (System.nanoTime() - started) / 1_000_000;
        List<Timed> slowDone = slow.stream().map(CompletableFuture::join).toList();
        List<Timed> delaysDone = delays.stream().map(CompletableFuture::join).toList();
        Map<String, Instant> arrivals = arrivals();

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plainMillis).as("GET /posts/1 while 70 responses wait").isLessThan(MARGIN_MS);
        for (Timed timed : slowDone) {
            assertThat(timed.response().body()).hasSize(30);
            assertThat(waitedMillis(timed, arrivals)).as(timed.url()).isBetween((long) SLOW_MS - 100, SLOW_MS + MARGIN_MS);
        }
        for (Timed timed : delaysDone) {
            assertThat(timed.response().statusCode()).isEqualTo(200);
            assertThat(waitedMillis(timed, arrivals)).as(timed.url()).isBetween((long) DELAY_MS - 50, DELAY_MS + MARGIN_MS);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("20 stalled uploads do not hold up GET /posts/1, and each ends with a JSON 408 after the read timeout")
    void stalledClientsDoNotBlockOthers() throws Exception {
        List<RawHttp> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                RawHttp raw = RawHttp.connect(api);
                if (i % 2 == 0) {
                    raw.send("POST /posts HTTP/1.1\nHost: 127.0.0.1\nContent-Type: application/json\nContent-Length: 100", "{\"title\":");
                } else {
                    raw.send("POST /upload HTTP/1.1\nHost: 127.0.0.1\nContent-Type: application/json\nExpect: 100-continue\nContent-Length: 100", "");
                }
                stalled.add(raw);
            }
            Thread.sleep(200); // let the server start reading every stalled body

            long started = System.nanoTime();
            HttpResponse<String> meanwhile = http.get("/posts/1");
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(meanwhile.statusCode()).isEqualTo(200);
            assertThat(millis).as("GET /posts/1 beside 20 stalled uploads").isLessThan(MARGIN_MS);
            for (RawHttp raw : stalled) {
                String answer = raw.readUntilClosed(READ_TIMEOUT.plusSeconds(10));
                assertThat(answer).contains("408 Request Timeout", "\"error\":\"request_timeout\"").doesNotContain("<html");
            }
        } finally {
            stalled.forEach(RawHttp::close);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("a wait longer than the read timeout is not cut off: /delay and a slow body with long pauses complete")
    void waitingIsNotIdle() {
        CompletableFuture<Timed> delay = fetch("/delay/" + (READ_TIMEOUT.toMillis() * 3));
        CompletableFuture<Timed> slow = fetch("/slow?duration=" + (READ_TIMEOUT.toMillis() * 3) + "&chunks=1&bytes=10");

        assertThat(delay.join().response().statusCode()).isEqualTo(200);
        assertThat(slow.join().response().body()).hasSize(10);
    }

    @Test
    @DisplayName("the listen backlog holds a burst of 1,024 new connections, not the JDK's 50 (Linux: read with ss)")
    void listenBacklog() throws Exception {
        Path somaxconn = Path.of("/proc/sys/net/core/somaxconn");
        assumeTrue(Files.isReadable(somaxconn), "a Linux kernel that shows its listen queues");
        Process ss;
        try {
            ss = new ProcessBuilder("ss", "-Hltn", "sport = :" + api.port()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "ss (iproute2) is installed");
            return;
        }
        String listening = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(ss.waitFor()).isZero();

        // LISTEN <queued> <backlog> 127.0.0.1:<port> ...; the kernel caps the backlog at somaxconn.
        // (readAllLines: Files.readString stops after the first byte of a /proc file on JDK 17.)
        long expected = Math.min(MockApi.ACCEPT_QUEUE, Long.parseLong(Files.readAllLines(somaxconn).get(0).trim()));
        assertThat(listening.split("\\s+")[2]).as(listening).isEqualTo(String.valueOf(expected));
    }
}
