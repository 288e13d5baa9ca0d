package dev.apikata.requests;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module 02, task 02.6: each request is sent to the test server, which checks that it is the request
 * the curl command sends: the method, the URL, the Content-Type and the body. The User-Agent and
 * Accept headers curl adds on its own are not part of the command, so they are not checked.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:02.6")
@DisplayName("02.6 CurlCommands: curl commands as Java requests")
class CurlCommandsTest {

    // curl -H "Content-Type: application/json": exactly that media type.
    private static final String JSON_TYPE = "(?i)application/json\\s*(;.*)?";
    // curl -d without -H: a form.
    private static final String FORM_TYPE = "(?i)application/x-www-form-urlencoded\\s*(;.*)?";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private URI base;

    @BeforeEach
    void answerEverything() {
        base = URI.create(api.baseUrl());
        api.stubFor(any(anyUrl()).willReturn(ok()));
    }

    private LoggedRequest sent(HttpRequest request) throws Exception {
        assertThat(request).as("the request your method returned").isNotNull();
        HTTP.send(request, BodyHandlers.discarding());
        List<LoggedRequest> received = api.findAll(anyRequestedFor(anyUrl()));
        assertThat(received).as("the requests the server received after sending it").hasSize(1);
        return received.get(0);
    }

    @Test
    @DisplayName("curl $BASE/posts/1 is a GET of /posts/1 without a body")
    void getPost() throws Exception {
        LoggedRequest request = sent(CurlCommands.getPost(base));

        api.verify(getRequestedFor(urlEqualTo("/posts/1")).withHeader("Content-Type", absent()));
        assertThat(request.getBody()).as("the body of the GET").isEmpty();
    }

    @Test
    @DisplayName("curl -X POST -H \"Content-Type: application/json\" -d '{...}' $BASE/posts is a POST of /posts labelled JSON")
    void createPostLabelledJson() throws Exception {
        sent(CurlCommands.createPost(base));

        api.verify(postRequestedFor(urlEqualTo("/posts")).withHeader("Content-Type", matching(JSON_TYPE)));
    }

    @Test
    @DisplayName("curl -X POST ... -d '{...}' $BASE/posts sends the JSON between the shell's quotes, not the quotes")
    void createPostBody() throws Exception {
        LoggedRequest request = sent(CurlCommands.createPost(base));

        assertThat(request.getBodyAsString()).as("the body of the POST").doesNotStartWith("'");
        api.verify(postRequestedFor(urlEqualTo("/posts")).withRequestBody(equalToJson(
                "{\"title\": \"My New Infra Automation\", \"body\": \"This is a test post.\", \"userId\": 10}")));
    }

    @Test
    @DisplayName("curl -X DELETE $BASE/posts/1 is a DELETE of /posts/1 without a body")
    void deletePost() throws Exception {
        LoggedRequest request = sent(CurlCommands.deletePost(base));

        api.verify(deleteRequestedFor(urlEqualTo("/posts/1")).withHeader("Content-Type", absent()));
        assertThat(request.getBody()).as("the body of the DELETE").isEmpty();
    }

    @Test
    @DisplayName("$BASE with a path prefix (/api/v2) keeps it in every request, as curl's $BASE/posts/1 does")
    void basePathPrefixKept() throws Exception {
        URI prefixed = URI.create(api.url("/api/v2"));

        HTTP.send(CurlCommands.getPost(prefixed), BodyHandlers.discarding());
        HTTP.send(CurlCommands.createPost(prefixed), BodyHandlers.discarding());
        HTTP.send(CurlCommands.deletePost(prefixed), BodyHandlers.discarding());
        HTTP.send(CurlCommands.requestToken(prefixed), BodyHandlers.discarding());

        assertThat(api.findAll(anyRequestedFor(anyUrl())).stream().map(r -> r.getMethod() + " " + r.getUrl()).toList())
                .as("the requests the server received for BASE=%s: curl puts /posts/1 after the whole base URL", prefixed)
                .containsExactlyInAnyOrder("GET /api/v2/posts/1", "POST /api/v2/posts", "DELETE /api/v2/posts/1",
                        "POST /api/v2/oauth/token");
    }

    @Test
    @DisplayName("curl -d ... --data-urlencode \"scope=read write\" $BASE/oauth/token POSTs a form")
    void requestToken() throws Exception {
        LoggedRequest request = sent(CurlCommands.requestToken(base));

        api.verify(postRequestedFor(urlEqualTo("/oauth/token")).withHeader("Content-Type", matching(FORM_TYPE)));
        assertThat(Encoded.form(request.getBodyAsString()))
                .as("the form fields of the body \"%s\", read back", request.getBodyAsString())
                .isEqualTo(Map.of(
                        "grant_type", List.of("client_credentials"),
                        "client_id", List.of("apikata-dev-client"),
                        "client_secret", List.of("dev-only-client-secret"),
                        "scope", List.of("read write")));
    }
}
