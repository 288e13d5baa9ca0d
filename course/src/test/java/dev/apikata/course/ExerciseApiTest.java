package dev.apikata.course;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** What a learner reads when a request goes wrong: a verify that fails, a request no stub expected. */
@ExtendWith(SpeaksEnglish.class)
class ExerciseApiTest {

    private static Events run(String method) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectMethod(RequestTests.class, method))
                .execute().testEvents();
    }

    @Test
    void aMissingHeaderIsNamedInOneLineBeforeWireMocksReport() {
        run("postsWithoutContentType").assertThatEvents().haveExactly(1, finishedWithFailure(message(m ->
                m.startsWith("Task 99.2 \"Add two numbers\" does not pass yet:")
                        && m.contains("- the Content-Type header was not sent (the test expected Content-Type: application/json)")
                        && m.contains("No requests exactly matched")
                        && m.endsWith("Hint: ./kit hint 99.2"))));
    }

    @Test
    void aWrongMethodAndBodyAreNamed() {
        run("deletesWithTheWrongBody").assertThatEvents().haveExactly(1, finishedWithFailure(message(m ->
                m.contains("- the method was DELETE; the test expected POST")
                        && m.contains("- the body is not what the test expected"))));
    }

    @Test
    void noRequestAtAllIsSaidPlainly() {
        run("sendsNothing").assertThatEvents().haveExactly(1, finishedWithFailure(message(m ->
                m.contains("- your code sent no request at all"))));
    }

    @Test
    void aWrongCountSaysHowManyWereSent() {
        run("getsTwiceInsteadOfOnce").assertThatEvents().haveExactly(1, finishedWithFailure(message(m ->
                m.contains("- the test expected 0 matching request(s) and your code sent 1"))));
    }

    @Test
    void aRequestNoStubExpectedFailsAPassingTestWithTheLearnerFraming() {
        run("sendsAnExtraRequest").assertThatEvents().haveExactly(1, finishedWithFailure(message(m ->
                m.startsWith("Task 99.2 \"Add two numbers\" does not pass yet:")
                        && m.contains("Your code sent 1 request(s) that no stub of this test expected:")
                        && m.contains("DELETE /post/1 (closest stub: DELETE /posts/1)")
                        && m.contains("- the URL was /post/1; the test expected /posts/1")
                        && m.endsWith("Hint: ./kit hint 99.2"))));
    }

    @Test
    void aFailingAssertionShowsTheNearMissThatCausedIt() {
        run("assertsAfterAWrongUrl").assertThatEvents().haveExactly(1, finishedWithFailure(message(m ->
                m.contains("delete(1) when the server answers 204")
                        && m.contains("DELETE /post/1 (closest stub: DELETE /posts/1)")
                        && m.contains("- the URL was /post/1; the test expected /posts/1"))));
    }

    @Test
    void japaneseLearnersReadTheSummaryInJapanese() {
        System.setProperty(Language.SYSTEM_PROPERTY, "ja");

        run("postsWithoutContentType").assertThatEvents().haveExactly(1, finishedWithFailure(message(m ->
                m.contains("- Content-Type ヘッダーが送られていません（テストが期待したのは Content-Type: application/json）"))));
    }

    @Test
    void aTestWhoseRequestsAllMatchedPasses() {
        run("sendsWhatIsExpected").assertThatEvents().haveExactly(1, finishedSuccessfully());
    }

    /** Stand-ins for exercise tests that talk HTTP; only run through the test kit above. */
    @ExtendWith(LearnerFeedback.class)
    @Tag("task:99.2")
    static class RequestTests {

        @RegisterExtension
        static ExerciseApi api = ExerciseApi.onDynamicPort();

        private final HttpClient http = HttpClient.newHttpClient();

        private int send(String method, String path, String body, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                    .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
            if (headers.length > 0) {
                request.headers(headers);
            }
            HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
            return response.statusCode();
        }

        @Test
        void postsWithoutContentType() throws Exception {
            api.stubFor(post("/posts").willReturn(status(201)));
            send("POST", "/posts", "{\"title\": \"foo\"}");
            api.verify(postRequestedFor(urlEqualTo("/posts")).withHeader("Content-Type", containing("application/json")));
        }

        @Test
        void deletesWithTheWrongBody() throws Exception {
            api.stubFor(delete("/posts").willReturn(noContent()));
            send("DELETE", "/posts", "{\"title\": \"bar\"}");
            api.verify(postRequestedFor(urlEqualTo("/posts")).withRequestBody(equalToJson("{\"title\": \"foo\"}")));
        }

        @Test
        void sendsNothing() {
            api.verify(deleteRequestedFor(urlEqualTo("/posts/1")));
        }

        @Test
        void getsTwiceInsteadOfOnce() throws Exception {
            api.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/posts/1").willReturn(status(200)));
            send("GET", "/posts/1", null);
            api.verify(0, getRequestedFor(urlEqualTo("/posts/1")));
        }

        @Test
        void sendsAnExtraRequest() throws Exception {
            api.stubFor(delete("/posts/1").willReturn(noContent()));
            send("DELETE", "/post/1", null);
        }

        @Test
        void assertsAfterAWrongUrl() throws Exception {
            api.stubFor(delete("/posts/1").willReturn(noContent()));
            int status = send("DELETE", "/post/1", null);
            assertThat(status).as("delete(1) when the server answers 204").isEqualTo(204);
        }

        @Test
        void sendsWhatIsExpected() throws Exception {
            api.stubFor(post("/posts").willReturn(status(201)));
            send("POST", "/posts", "{\"title\": \"foo\"}", "Content-Type", "application/json");
            api.verify(postRequestedFor(urlEqualTo("/posts")).withHeader("Content-Type", containing("application/json")));
        }
    }
}
