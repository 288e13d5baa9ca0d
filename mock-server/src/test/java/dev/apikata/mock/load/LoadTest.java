package dev.apikata.mock.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.mock.Http;
import dev.apikata.mock.MockApi;
import dev.apikata.mock.MockApiOptions;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bounded load on loopback: 50 clients, each a thread sending its share of 10,000 mixed requests
 * one after another. (Blocking send, not sendAsync: on a 2-core machine the JDK client completes
 * every async response on a new thread, which would make the test measure thread creation.)
 */
class LoadTest {

    private static final int CLIENTS = 50;
    private static final int REQUESTS = 10_000;
    private static final int JOURNAL = 1000;
    private static final String NEW_TODO = "{\"userId\":1,\"title\":\"load\",\"completed\":false}";

    private MockApi api;
    private Http http;
    private final Set<Integer> createdIds = ConcurrentHashMap.newKeySet();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger writes = new AtomicInteger();

    @Test
    // A bound against a hang, not a speed check: about 35 s on a quiet 2-core machine, over 120 s at load average 130.
    @Timeout(value = 400, unit = TimeUnit.SECONDS)
    @DisplayName("50 concurrent clients, 10,000 mixed reads and writes: zero errors, every write kept, journal bounded")
    void mixedLoad() {
        try (MockApi started = MockApi.start(MockApiOptions.defaults().withJournalSize(JOURNAL))) {
            api = started;
            http = new Http(api);
            assertThat(api.baseUrl().getHost()).isEqualTo("127.0.0.1");

            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                SplittableRandom random = new SplittableRandom(c);
                clients.add(CompletableFuture.runAsync(() -> client(random, REQUESTS / CLIENTS), pool));
            }
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).join();
            pool.shutdown();

            assertThat(errors).isEmpty();
            assertThat(createdIds).as("distinct ids").hasSize(writes.get());
            assertThat(Http.json(http.get("/todos"))).as("every write kept").hasSize(200 + writes.get());
            assertThat(Http.json(http.get("/__admin/requests")).get("requests").size()).as("journal bounded").isEqualTo(JOURNAL);
        }
    }

    /** One client: {@code count} requests in sequence, each picked at random. */
    private void client(SplittableRandom random, int count) {
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(100);
            if (pick < 70) {
                record(http.send(http.request("/posts/" + (1 + random.nextInt(100))).build()), 200);
            } else if (pick < 80) {
                record(http.send(http.request("/comments?postId=" + (1 + random.nextInt(100))).build()), 200);
            } else if (pick < 95) {
                record(http.sendJson("POST", "/todos", NEW_TODO), 201);
            } else {
                record(http.sendJson("PATCH", "/posts/" + (1 + random.nextInt(100)), "{\"title\":\"patched\"}"), 200);
            }
        }
    }

    private void record(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            errors.add(response.request().method() + " " + response.uri() + " -> " + response.statusCode() + " " + response.body());
        } else if (expected == 201) {
            writes.incrementAndGet();
            createdIds.add(Http.json(response).get("id").asInt());
        }
    }
}
