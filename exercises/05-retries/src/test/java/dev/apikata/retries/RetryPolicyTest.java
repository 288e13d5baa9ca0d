package dev.apikata.retries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Module 05, task 05.1: what a policy may send again. Each test puts many statuses or methods
 * through one decision, so a failure lists exactly which ones landed on the wrong side.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:05.1")
@DisplayName("05.1 RetryPolicy: which answers and which requests are worth another attempt")
class RetryPolicyTest {

    private static final URI SERVER = URI.create("http://127.0.0.1:9/servers/web01");
    private static final List<Integer> STATUSES = IntStream.of(200, 201, 204, 301, 304, 400, 401, 403, 404, 408, 409,
            422, 429, 500, 501, 502, 503, 504, 505).boxed().toList();
    private static final List<String> METHODS = List.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE", "POST", "PATCH");

    private static HttpRequest request(String method, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(SERVER).method(method, BodyPublishers.noBody());
        return headers.length == 0 ? builder.build() : builder.headers(headers).build();
    }

    @Test
    @DisplayName("the default policy retries exactly 429, 500, 502, 503 and 504")
    void defaultStatuses() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(STATUSES).as("the statuses for which RetryPolicy.defaults().retriesStatus(...) returns true")
                .filteredOn(policy::retriesStatus)
                .containsExactlyInAnyOrder(429, 500, 502, 503, 504);
    }

    @Test
    @DisplayName("a policy's own status list replaces the defaults: 408 and 503 only")
    void ownStatuses() {
        RetryPolicy policy = RetryPolicy.defaults().withRetryStatuses(Set.of(408, 503));

        assertThat(STATUSES).as("the statuses retried by a policy whose list is 408 and 503")
                .filteredOn(policy::retriesStatus)
                .containsExactlyInAnyOrder(408, 503);
    }

    @Test
    @DisplayName("by default exactly the idempotent methods may be sent again: GET, HEAD, OPTIONS, TRACE, PUT, DELETE")
    void defaultMethods() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(METHODS).as("the methods for which mayRetry(request) returns true, without an Idempotency-Key")
                .filteredOn(method -> policy.mayRetry(request(method)))
                .containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");
    }

    @Test
    @DisplayName("a POST or a PATCH with an Idempotency-Key may be sent again")
    void idempotencyKeyAllowsRetry() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.mayRetry(request("POST", "Idempotency-Key", "8e2b6f0c-reboot-web01")))
                .as("mayRetry(POST with Idempotency-Key)").isTrue();
        assertThat(policy.mayRetry(request("PATCH", "Idempotency-Key", "8e2b6f0c-resize-web01")))
                .as("mayRetry(PATCH with Idempotency-Key)").isTrue();
    }

    @Test
    @DisplayName("header names ignore case: a POST with idempotency-key may be sent again")
    void headerNamesIgnoreCase() {
        assertThat(RetryPolicy.defaults().mayRetry(request("POST", "idempotency-key", "8e2b6f0c")))
                .as("mayRetry(POST with a header named idempotency-key)").isTrue();
    }

    @Test
    @DisplayName("another header, such as X-Request-Id, does not make a POST safe to send again")
    void otherHeadersDoNotAllowRetry() {
        assertThat(RetryPolicy.defaults().mayRetry(request("POST", "X-Request-Id", "8e2b6f0c")))
                .as("mayRetry(POST with X-Request-Id but no Idempotency-Key)").isFalse();
    }

    @Test
    @DisplayName("a policy's own method rule replaces the default: GET only, or every method")
    void ownMethods() {
        RetryPolicy onlyGet = RetryPolicy.defaults().withAllowedMethods(Set.of("GET")::contains);
        RetryPolicy everything = RetryPolicy.defaults().withAllowedMethods(method -> true);

        assertThat(METHODS).as("the methods a GET-only policy may send again")
                .filteredOn(method -> onlyGet.mayRetry(request(method)))
                .containsExactly("GET");
        assertThat(METHODS).as("the methods a policy that allows every method may send again")
                .filteredOn(method -> everything.mayRetry(request(method)))
                .containsExactlyElementsOf(METHODS);
    }
}
