import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's mixed load: CLIENTS threads share REQUESTS requests, each picked at random as in
 * LoadTest (70% GET /posts/N, 10% GET /comments?postId=N, 15% POST /todos, 5% PATCH /posts/N).
 * Loopback only. Prints the count of answers that were not the expected status.
 *
 *   java mock-server/bench/MixedLoad.java http://127.0.0.1:18480 10000 50
 */
public class MixedLoad {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int requests = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger unexpected = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = new SplittableRandom(c);
            int share = requests / clients + (c < requests % clients ? 1 : 0);
            done.add(pool.submit(() -> {
                for (int i = 0; i < share; i++) {
                    int pick = random.nextInt(100);
                    int n = 1 + random.nextInt(100);
                    HttpRequest.Builder request;
                    int expected = 200;
                    if (pick < 70) {
                        request = HttpRequest.newBuilder(base.resolve("/posts/" + n));
                    } else if (pick < 80) {
                        request = HttpRequest.newBuilder(base.resolve("/comments?postId=" + n));
                    } else if (pick < 95) {
                        request = HttpRequest.newBuilder(base.resolve("/todos")).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":1,\"title\":\"load\",\"completed\":false}"));
                        expected = 201;
                    } else {
                        request = HttpRequest.newBuilder(base.resolve("/posts/" + n)).header("Content-Type", "application/json")
                                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"patched\"}"));
                    }
                    if (http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() != expected) {
                        unexpected.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("%d mixed requests from %d clients in %.1f s, %d unexpected answers%n",
                requests, clients, (System.nanoTime() - started) / 1e9, unexpected.get());
    }
}
