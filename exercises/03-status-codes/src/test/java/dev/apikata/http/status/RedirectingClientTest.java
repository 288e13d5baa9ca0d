package dev.apikata.http.status;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module 03, task 03.10: following redirects with the policy of 03.9, a hop limit and loop
 * detection, against a test server whose redirects are real.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:03.10")
@DisplayName("03.10 RedirectingClient.send: follow, within limits")
@Timeout(10) // a client that follows a loop for ever would otherwise hang here
class RedirectingClientTest {

    private static final String ORDER_JSON = "{\"item\": \"ssd-2tb\", \"quantity\": 4}";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private static void redirect(String from, int status, String to) {
        api.stubFor(any(urlEqualTo(from)).willReturn(status(status).withHeader("Location", to)));
    }

    private static HttpRequest getOf(String path) {
        return HttpRequest.newBuilder(URI.create(api.url(path))).GET().build();
    }

    private static HttpRequest postOrder(String path) {
        return HttpRequest.newBuilder(URI.create(api.url(path)))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(ORDER_JSON)).build();
    }

    @Test
    @DisplayName("301 then 302: the answer at the end of the chain")
    void followsAChain() throws Exception {
        redirect("/a", 301, "/b");
        redirect("/b", 302, "/c");
        api.stubFor(get(urlEqualTo("/c")).willReturn(okJson("{\"at\": \"c\"}")));

        HttpResponse<String> response = new RedirectingClient(5).send(getOf("/a"));

        assertThat(response.statusCode()).as("the status at the end of /a -> /b -> /c").isEqualTo(200);
        assertThat(response.body()).as("the body at the end of the chain").isEqualTo("{\"at\": \"c\"}");
        assertThat(response.uri()).as("the URI that answered").isEqualTo(URI.create(api.url("/c")));
    }

    @Test
    @DisplayName("exactly the limit of 3 redirects is followed")
    void exactlyTheLimit() throws Exception {
        redirect("/hop0", 302, "/hop1");
        redirect("/hop1", 302, "/hop2");
        redirect("/hop2", 302, "/hop3");
        api.stubFor(get(urlEqualTo("/hop3")).willReturn(okJson("{}")));

        assertThat(new RedirectingClient(3).send(getOf("/hop0")).statusCode()).as("the status after 3 redirects, with a limit of 3")
                .isEqualTo(200);
    }

    @Test
    @DisplayName("a 4th redirect with a limit of 3 is a RedirectException, and its target is never requested")
    void oneMoreThanTheLimit() {
        redirect("/hop0", 302, "/hop1");
        redirect("/hop1", 302, "/hop2");
        redirect("/hop2", 302, "/hop3");
        redirect("/hop3", 302, "/hop4");
        api.stubFor(get(urlEqualTo("/hop4")).willReturn(okJson("{}")));

        assertThatExceptionOfType(RedirectException.class)
                .as("send(/hop0) with a limit of 3 and 4 redirects")
                .isThrownBy(() -> new RedirectingClient(3).send(getOf("/hop0")));
        api.verify(4, anyRequestedFor(anyUrl()));
        api.verify(0, getRequestedFor(urlEqualTo("/hop4")));
    }

    @Test
    @DisplayName("a loop /ping -> /pong -> /ping is a RedirectException")
    void loop() {
        redirect("/ping", 302, "/pong");
        redirect("/pong", 302, "/ping");

        assertThatExceptionOfType(RedirectException.class)
                .as("send(/ping) when /ping and /pong redirect to each other")
                .isThrownBy(() -> new RedirectingClient(20).send(getOf("/ping")));
    }

    @Test
    @DisplayName("a loop in the middle, /a -> /b -> /c -> /b, is a RedirectException as soon as /b comes back")
    void loopInTheMiddle() {
        redirect("/a", 302, "/b");
        redirect("/b", 302, "/c");
        redirect("/c", 302, "/b");

        assertThatExceptionOfType(RedirectException.class)
                .as("send(/a) when /b and /c redirect to each other, with a limit of 20")
                .isThrownBy(() -> new RedirectingClient(20).send(getOf("/a")));
        api.verify(1, getRequestedFor(urlEqualTo("/b")));
        api.verify(1, getRequestedFor(urlEqualTo("/c")));
    }

    @Test
    @DisplayName("POST answered 303: the result is fetched with a GET, without the body")
    void seeOtherFetchesWithGet() throws Exception {
        redirect("/orders", 303, "/orders/17");
        api.stubFor(get(urlEqualTo("/orders/17")).willReturn(okJson("{\"id\": 17, \"state\": \"placed\"}")));

        HttpResponse<String> response = new RedirectingClient(5).send(postOrder("/orders"));

        assertThat(response.body()).as("the body after POST -> 303 -> GET").isEqualTo("{\"id\": 17, \"state\": \"placed\"}");
        api.verify(1, postRequestedFor(urlEqualTo("/orders")));
        api.verify(getRequestedFor(urlEqualTo("/orders/17")).withHeader("Content-Type", absent()));
    }

    @Test
    @DisplayName("POST /orders answered 303 to GET /orders is not a loop: another method, another request")
    void seeOtherToTheSameUriIsNotALoop() throws Exception {
        api.stubFor(post(urlEqualTo("/orders")).willReturn(status(303).withHeader("Location", "/orders")));
        api.stubFor(get(urlEqualTo("/orders")).willReturn(okJson("[{\"id\": 17, \"state\": \"placed\"}]")));

        HttpResponse<String> response = new RedirectingClient(5).send(postOrder("/orders"));

        assertThat(response.statusCode()).as("the status after POST /orders -> 303 -> GET /orders").isEqualTo(200);
        assertThat(response.body()).as("the body of GET /orders").isEqualTo("[{\"id\": 17, \"state\": \"placed\"}]");
        api.verify(1, postRequestedFor(urlEqualTo("/orders")));
        api.verify(1, getRequestedFor(urlEqualTo("/orders")));
    }

    @Test
    @DisplayName("POST answered 307: the same POST with the same body goes to the new address")
    void temporaryRedirectKeepsThePost() throws Exception {
        redirect("/orders", 307, "/v2/orders");
        api.stubFor(post(urlEqualTo("/v2/orders")).willReturn(status(201).withHeader("Location", "/v2/orders/17")));

        HttpResponse<String> response = new RedirectingClient(5).send(postOrder("/orders"));

        assertThat(response.statusCode()).as("the status after POST -> 307 -> POST").isEqualTo(201);
        api.verify(postRequestedFor(urlEqualTo("/v2/orders")).withRequestBody(equalToJson(ORDER_JSON)));
    }

    @Test
    @DisplayName("304 is not a redirect: it comes back as it is")
    void notModifiedIsNotFollowed() throws Exception {
        api.stubFor(get(urlEqualTo("/config")).willReturn(status(304).withHeader("ETag", "\"v1\"")));

        assertThat(new RedirectingClient(5).send(getOf("/config")).statusCode()).as("the status of a 304").isEqualTo(304);
        api.verify(1, anyRequestedFor(anyUrl()));
    }
}
