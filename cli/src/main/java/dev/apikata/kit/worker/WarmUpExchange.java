package dev.apikata.kit.worker;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.VerificationException;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Not a test of the kit: the exchange a fresh worker runs before it says it is ready, so that JUnit,
 * WireMock, Jetty, the HTTP client, Jackson and AssertJ are loaded and compiled before a learner
 * waits for them. It does what an exercise test does: stub, call, assert the answer and the request.
 */
@ExtendWith(LearnerFeedback.class)
public class WarmUpExchange {

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .failOnUnmatchedRequests(true)
            .build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void getsJson() throws Exception {
        api.stubFor(get("/warm-up/1").willReturn(okJson("{\"id\": 1, \"title\": \"warm\"}")));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/warm-up/1"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(json.readTree(response.body()).path("title").asText()).as("title").isEqualTo("warm");
        api.verify(getRequestedFor(urlEqualTo("/warm-up/1")));
    }

    @Test
    void reportsANearMiss() {
        assertThatThrownBy(() -> api.verify(postRequestedFor(urlEqualTo("/warm-up")).withRequestBody(equalToJson("{}"))))
                .isInstanceOf(VerificationException.class);
    }
}
