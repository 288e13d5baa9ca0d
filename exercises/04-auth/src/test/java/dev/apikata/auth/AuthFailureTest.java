package dev.apikata.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Module 04, task 04.6: what a refusal means, read from real responses of WireMock. */
@ExtendWith(LearnerFeedback.class)
@Tag("task:04.6")
@DisplayName("04.6 AuthFailure.of: 401 means log in again, 403 means not allowed")
class AuthFailureTest {

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The response of GET /data when the server answers {@code answer}. */
    private static HttpResponse<String> responseTo(ResponseDefinitionBuilder answer) throws Exception {
        api.stubFor(get("/data").willReturn(answer.withHeader("Content-Type", "application/json").withBody("{}")));
        return HTTP.send(HttpRequest.newBuilder(URI.create(api.url("/data"))).build(), BodyHandlers.ofString());
    }

    @Test
    @DisplayName("401 with error=\"invalid_token\": log in again, with the server's error and description")
    void invalidToken() throws Exception {
        HttpResponse<String> response = responseTo(aResponse().withStatus(401).withHeader("WWW-Authenticate",
                "Bearer realm=\"apikata\", error=\"invalid_token\", error_description=\"The token expired at 1796123766 (now 1796123800)\""));

        Optional<AuthFailure> failure = AuthFailure.of(response);

        assertThat(failure).as("AuthFailure.of(a 401 with invalid_token)").hasValueSatisfying(f -> {
            assertThat(f.kind()).as("kind()").isEqualTo(AuthFailure.Kind.LOG_IN_AGAIN);
            assertThat(f.statusCode()).as("statusCode()").isEqualTo(401);
            assertThat(f.error()).as("error()").isEqualTo("invalid_token");
            assertThat(f.description()).as("description()").isEqualTo("The token expired at 1796123766 (now 1796123800)");
        });
    }

    @Test
    @DisplayName("401 with a bare Bearer challenge (no credentials were sent): log in again, no error")
    void bareChallenge() throws Exception {
        HttpResponse<String> response = responseTo(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer realm=\"apikata\""));

        Optional<AuthFailure> failure = AuthFailure.of(response);

        assertThat(failure).as("AuthFailure.of(a 401 with Bearer realm=\"apikata\")").hasValueSatisfying(f -> {
            assertThat(f.kind()).as("kind()").isEqualTo(AuthFailure.Kind.LOG_IN_AGAIN);
            assertThat(f.error()).as("error()").isNull();
        });
    }

    @Test
    @DisplayName("403 with error=\"insufficient_scope\": not allowed, with the scope the request needs")
    void insufficientScope() throws Exception {
        HttpResponse<String> response = responseTo(aResponse().withStatus(403).withHeader("WWW-Authenticate",
                "Bearer realm=\"apikata\", error=\"insufficient_scope\", scope=\"admin\""));

        Optional<AuthFailure> failure = AuthFailure.of(response);

        assertThat(failure).as("AuthFailure.of(a 403 with insufficient_scope)").hasValueSatisfying(f -> {
            assertThat(f.kind()).as("kind()").isEqualTo(AuthFailure.Kind.NOT_ALLOWED);
            assertThat(f.statusCode()).as("statusCode()").isEqualTo(403);
            assertThat(f.error()).as("error()").isEqualTo("insufficient_scope");
            assertThat(f.requiredScope()).as("requiredScope()").isEqualTo("admin");
        });
    }

    @Test
    @DisplayName("403 without WWW-Authenticate: still not allowed")
    void forbiddenWithoutHeader() throws Exception {
        HttpResponse<String> response = responseTo(aResponse().withStatus(403));

        Optional<AuthFailure> failure = AuthFailure.of(response);

        assertThat(failure).as("AuthFailure.of(a 403 without WWW-Authenticate)").hasValueSatisfying(f -> {
            assertThat(f.kind()).as("kind()").isEqualTo(AuthFailure.Kind.NOT_ALLOWED);
            assertThat(f.error()).as("error()").isNull();
            assertThat(f.requiredScope()).as("requiredScope()").isNull();
        });
    }

    @Test
    @DisplayName("401 without WWW-Authenticate (a server that breaks the rule): still log in again")
    void unauthorizedWithoutHeader() throws Exception {
        HttpResponse<String> response = responseTo(aResponse().withStatus(401));

        Optional<AuthFailure> failure = AuthFailure.of(response);

        assertThat(failure).as("AuthFailure.of(a 401 without WWW-Authenticate)").hasValueSatisfying(f -> {
            assertThat(f.kind()).as("kind()").isEqualTo(AuthFailure.Kind.LOG_IN_AGAIN);
            assertThat(f.description()).as("description()").isNull();
        });
    }

    @Test
    @DisplayName("the scheme ignores case: a 403 whose challenge says bearer still gives its error and scope")
    void schemeIgnoresCase() throws Exception {
        HttpResponse<String> response = responseTo(aResponse().withStatus(403).withHeader("WWW-Authenticate",
                "bearer realm=\"apikata\", error=\"insufficient_scope\", scope=\"write\""));

        Optional<AuthFailure> failure = AuthFailure.of(response);

        assertThat(failure).as("AuthFailure.of(a 403 whose challenge is written bearer, in lower case)").hasValueSatisfying(f -> {
            assertThat(f.kind()).as("kind()").isEqualTo(AuthFailure.Kind.NOT_ALLOWED);
            assertThat(f.error()).as("error()").isEqualTo("insufficient_scope");
            assertThat(f.requiredScope()).as("requiredScope()").isEqualTo("write");
        });
    }

    @Test
    @DisplayName("two WWW-Authenticate lines, Basic first: the details come from the Bearer one")
    void bearerAmongSeveralHeaderLines() throws Exception {
        HttpResponse<String> response = responseTo(aResponse().withStatus(401).withHeader("WWW-Authenticate",
                "Basic realm=\"apikata\", error=\"basic_is_not_enough\"", "Bearer realm=\"apikata\", error=\"invalid_token\""));

        Optional<AuthFailure> failure = AuthFailure.of(response);

        assertThat(failure).as("AuthFailure.of(a 401 with a Basic and a Bearer header line)")
                .hasValueSatisfying(f -> assertThat(f.error()).as("error()").isEqualTo("invalid_token"));
    }

    @Test
    @DisplayName("two challenges in one line, Basic first: the details come from the Bearer one")
    void bearerAmongSeveralChallenges() throws Exception {
        HttpResponse<String> response = responseTo(aResponse().withStatus(401).withHeader("WWW-Authenticate",
                "Basic realm=\"apikata\", error=\"basic_is_not_enough\", Bearer realm=\"apikata\", error=\"invalid_token\""));

        Optional<AuthFailure> failure = AuthFailure.of(response);

        assertThat(failure).as("AuthFailure.of(a 401 with Basic and Bearer challenges in one line)")
                .hasValueSatisfying(f -> assertThat(f.error()).as("error()").isEqualTo("invalid_token"));
    }

    @ParameterizedTest(name = "{0} is no auth failure: empty")
    @ValueSource(ints = {200, 404, 500})
    void otherStatusesAreNoAuthFailure(int status) throws Exception {
        HttpResponse<String> response = responseTo(aResponse().withStatus(status)
                .withHeader("WWW-Authenticate", "Bearer realm=\"apikata\""));

        assertThat(AuthFailure.of(response)).as("AuthFailure.of(a %d)", status).isEmpty();
    }
}
