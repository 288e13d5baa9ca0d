package dev.apikata.http.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Sends a request and follows its redirects itself, by {@link RedirectPolicy}'s rules, with a
 * limit on hops and no loops. Chapter 03, section {@code #following-redirects}.
 */
public final class RedirectingClient {

    private final int maxRedirects;
    // Given: this client never follows a redirect by itself, so every 3xx reaches send(...).
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** @param maxRedirects how many redirects one call may follow; one more is an error */
    public RedirectingClient(int maxRedirects) {
        this.maxRedirects = maxRedirects;
    }

    /**
     * Sends {@code request}; while the answer is a redirect {@link RedirectPolicy#next} follows,
     * sends the next request. Returns the first answer that is not followed.
     *
     * @throws RedirectException if a redirect leads back to a request already sent (a loop), if
     *         following it would take more than {@code maxRedirects} redirects, or if the policy refuses it
     */
    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        Set<String> sent = new HashSet<>();
        HttpRequest current = request;
        for (int redirects = 0; ; redirects++) {
            sent.add(current.method() + " " + current.uri());
            HttpResponse<String> response = http.send(current, BodyHandlers.ofString());
            Optional<HttpRequest> next = RedirectPolicy.next(current, response.statusCode(), response.headers());
            if (next.isEmpty()) {
                return response;
            }
            URI target = next.get().uri();
            if (sent.contains(next.get().method() + " " + target)) {
                throw new RedirectException("redirect loop: " + current.uri() + " leads back to " + target);
            }
            if (redirects == maxRedirects) {
                throw new RedirectException("more than " + maxRedirects + " redirects, the last to " + target);
            }
            current = next.get();
        }
    }
}
