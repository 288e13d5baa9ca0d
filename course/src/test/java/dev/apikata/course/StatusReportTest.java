package dev.apikata.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;

class StatusReportTest {

    // What WireMock answers, with status 404, to a request no stub matched.
    private static final String NOT_MATCHED = """

                                                           Request was not matched
                                                           =======================

            -----------------------------------------------------------------------------------------------------------------------
            | Closest stub                                             | Request                                                  |
            -----------------------------------------------------------------------------------------------------------------------
                                                                       |
            DELETE                                                     | DELETE
            /posts/1                                                   | /post/1                                             <<<<< URL does not match
                                                                       |
                                                                       |
            -----------------------------------------------------------------------------------------------------------------------
            """;

    @Test
    void wireMocksNotMatchedPageShrinksToTheClosestStubAndTheDifference() {
        assertThat(StatusReport.excerpt(NOT_MATCHED, LearnerMessages.in(Language.EN))).isEqualTo(
                "no stub of the test matched this request (closest stub: DELETE /posts/1): "
                        + "the URL was /post/1; the test expected /posts/1");
    }

    @Test
    void theExcerptSpeaksJapanese() {
        assertThat(StatusReport.excerpt(NOT_MATCHED, LearnerMessages.in(Language.JA))).isEqualTo(
                "このリクエストに一致するスタブがテストにありません（いちばん近いスタブ: DELETE /posts/1）: "
                        + "URL が /post/1 でした。テストが期待したのは /posts/1 です");
    }

    @Test
    void theMessageNamesMethodUriAndStatusAndReadsTextOrBytes() {
        System.setProperty(Language.SYSTEM_PROPERTY, "en");
        try {
            assertThat(StatusReport.of(new Answer<>(409, "{\"error\": \"exists\"}")))
                    .isEqualTo("PUT http://127.0.0.1:8080/servers/web01 answered 409: {\"error\": \"exists\"}");
            assertThat(StatusReport.of(new Answer<>(500, "down".getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo("PUT http://127.0.0.1:8080/servers/web01 answered 500: down");
            assertThat(StatusReport.of(new Answer<Void>(503, null)))
                    .isEqualTo("PUT http://127.0.0.1:8080/servers/web01 answered 503");
        } finally {
            System.clearProperty(Language.SYSTEM_PROPERTY);
        }
    }

    /** The least of an HttpResponse a status report reads. */
    private record Answer<T>(int statusCode, T body) implements HttpResponse<T> {
        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(uri()).PUT(HttpRequest.BodyPublishers.noBody()).build();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(Map.of(), (name, value) -> true);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return URI.create("http://127.0.0.1:8080/servers/web01");
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    @Test
    void anOrdinaryBodyKeepsItsStartWithWhitespaceCollapsed() {
        assertThat(StatusReport.excerpt("{\n  \"error\":   \"title is required\"\n}\n", LearnerMessages.in(Language.EN)))
                .isEqualTo("{ \"error\": \"title is required\" }");
        assertThat(StatusReport.excerpt("x".repeat(1000), LearnerMessages.in(Language.EN)))
                .hasSize(StatusReport.BODY_EXCERPT + 1).endsWith("…");
    }
}
