package dev.apikata.http.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module 03, task 03.9: the redirect policy as a pure decision. Nothing is sent: each test builds
 * a request and the headers of an answer, and checks the request the policy would send next.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:03.9")
@DisplayName("03.9 RedirectPolicy.next: which request follows a redirect")
class RedirectPolicyTest {

    private static final URI ORDERS = URI.create("https://api.example.test/v1/orders");
    private static final String BODY = "{\"item\": \"ssd-2tb\", \"quantity\": 4}";
    private static final String TOKEN = "Bearer dev-only-token";

    private static HttpRequest request(String method, URI uri) {
        BodyPublisher body = method.equals("POST") || method.equals("PUT") ? BodyPublishers.ofString(BODY) : BodyPublishers.noBody();
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", TOKEN)
                .method(method, body)
                .build();
    }

    private static HttpHeaders location(String location) {
        return HttpHeaders.of(Map.of("Location", List.of(location)), (name, value) -> true);
    }

    private static HttpRequest next(HttpRequest request, int status, String location) throws RedirectException {
        Optional<HttpRequest> next = RedirectPolicy.next(request, status, location(location));
        assertThat(next).as("next(%s %s, %d, Location: %s)", request.method(), request.uri(), status, location).isPresent();
        return next.get();
    }

    private static long bodyLength(HttpRequest request) {
        return request.bodyPublisher().map(BodyPublisher::contentLength).orElse(0L);
    }

    @ParameterizedTest(name = "{0} is not a redirect to follow: empty")
    @ValueSource(ints = {200, 201, 300, 304, 305, 404})
    void notARedirect(int status) throws Exception {
        assertThat(RedirectPolicy.next(request("GET", ORDERS), status, location("/v2/orders")))
                .as("next(GET, %d, Location: /v2/orders)", status).isEmpty();
    }

    @Test
    @DisplayName("a 302 without Location cannot be followed: empty")
    void redirectWithoutLocation() throws Exception {
        HttpHeaders none = HttpHeaders.of(Map.of(), (name, value) -> true);

        assertThat(RedirectPolicy.next(request("GET", ORDERS), 302, none)).as("next(GET, 302 without Location)").isEmpty();
    }

    @ParameterizedTest(name = "Location {0} from /v1/orders leads to {1}")
    @CsvSource({
        "/v2/orders, https://api.example.test/v2/orders",
        "orders-archive, https://api.example.test/v1/orders-archive",
        "https://eu.api.example.test/v1/orders, https://eu.api.example.test/v1/orders"})
    void locationIsResolvedAgainstTheRequest(String location, URI expected) throws Exception {
        assertThat(next(request("GET", ORDERS), 301, location).uri()).as("the next request's URI").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} after {1}: the next request is a {2}")
    @CsvSource({
        "301, POST, GET", "302, POST, GET", "303, POST, GET", "303, PUT, GET", "303, DELETE, GET", "303, GET, GET",
        "303, HEAD, HEAD", "307, POST, POST", "308, POST, POST", "307, PUT, PUT", "308, DELETE, DELETE",
        "301, PUT, PUT", "302, DELETE, DELETE", "301, GET, GET", "302, HEAD, HEAD"})
    void methodAfterRedirect(int status, String method, String expected) throws Exception {
        assertThat(next(request(method, ORDERS), status, "/v2/orders").method())
                .as("the method after %s was answered %d", method, status).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} keeps the body and its Content-Type")
    @ValueSource(ints = {307, 308})
    void temporaryAndPermanentKeepTheBody(int status) throws Exception {
        HttpRequest next = next(request("POST", ORDERS), status, "/v2/orders");

        assertThat(bodyLength(next)).as("the length of the body sent again after %d", status).isEqualTo(BODY.length());
        assertThat(next.headers().firstValue("Content-Type")).as("Content-Type after %d", status).contains("application/json");
    }

    @ParameterizedTest(name = "PUT answered {0} is sent again with its body and its Content-Type")
    @ValueSource(ints = {301, 302})
    void putKeepsItsBody(int status) throws Exception {
        HttpRequest next = next(request("PUT", ORDERS), status, "/v2/orders");

        assertThat(next.method()).as("the method after PUT was answered %d", status).isEqualTo("PUT");
        assertThat(bodyLength(next)).as("the length of the body sent again after PUT was answered %d", status).isEqualTo(BODY.length());
        assertThat(next.headers().firstValue("Content-Type")).as("Content-Type after %d", status).contains("application/json");
    }

    @ParameterizedTest(name = "POST answered {0}: the GET has no body and no Content-Type")
    @ValueSource(ints = {301, 302, 303})
    void getHasNoBody(int status) throws Exception {
        HttpRequest next = next(request("POST", ORDERS), status, "/v1/orders/17");

        assertThat(next.method()).as("the method after POST was answered %d", status).isEqualTo("GET");
        assertThat(bodyLength(next)).as("the length of the GET's body").isLessThanOrEqualTo(0);
        assertThat(next.headers().firstValue("Content-Type")).as("Content-Type of the GET").isEmpty();
        assertThat(next.headers().firstValue("Accept")).as("Accept, which still applies").contains("application/json");
    }

    @Test
    @DisplayName("HTTPS to plain HTTP is refused with a RedirectException")
    void neverDowngrade() {
        assertThatExceptionOfType(RedirectException.class)
                .as("next(GET https://..., 301, Location: http://api.example.test/v1/orders)")
                .isThrownBy(() -> RedirectPolicy.next(request("GET", ORDERS), 301, location("http://api.example.test/v1/orders")));
    }

    @Test
    @DisplayName("plain HTTP to HTTPS is followed")
    void upgradeIsFine() throws Exception {
        HttpRequest plain = request("GET", URI.create("http://api.example.test/v1/orders"));

        assertThat(next(plain, 301, "https://api.example.test/v1/orders").uri()).as("the next request's URI")
                .isEqualTo(ORDERS);
    }

    @Test
    @DisplayName("Authorization goes along to the same origin")
    void sameOriginKeepsAuthorization() throws Exception {
        assertThat(next(request("GET", ORDERS), 302, "/v2/orders").headers().firstValue("Authorization"))
                .as("Authorization after a redirect to the same host").contains(TOKEN);
    }

    @Test
    @DisplayName("Authorization is not sent to another host; the other headers are")
    void otherOriginDropsAuthorization() throws Exception {
        HttpRequest next = next(request("GET", ORDERS), 302, "https://cdn.example.test/exports/orders.json");

        assertThat(next.headers().firstValue("Authorization")).as("Authorization after a redirect to cdn.example.test").isEmpty();
        assertThat(next.headers().firstValue("Accept")).as("Accept after a redirect to cdn.example.test").contains("application/json");
    }

    @Test
    @DisplayName("Authorization is not sent to another port of the same host: the origin is scheme, host and port")
    void otherPortDropsAuthorization() throws Exception {
        HttpRequest next = next(request("GET", ORDERS), 302, "https://api.example.test:8443/v1/orders");

        assertThat(next.headers().firstValue("Authorization")).as("Authorization after a redirect to api.example.test:8443").isEmpty();
        assertThat(next.headers().firstValue("Accept")).as("Accept after a redirect to api.example.test:8443").contains("application/json");
    }
}
