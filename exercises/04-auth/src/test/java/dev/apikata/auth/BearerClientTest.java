package dev.apikata.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module 04, task 04.7: a client of a Bearer-protected API. The tokens come from a scripted
 * provider that behaves like a cache (the same token until it is invalidated) and refuses to hand
 * out more than three, so a client that loops fails fast instead of hanging.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:04.7")
@DisplayName("04.7 BearerClient: one refresh and one retry on 401, none on 403")
class BearerClientTest {

    // DEV ONLY: made-up tokens.
    private static final String FIRST = "dev-only-token-one-0123456789-01";
    private static final String SECOND = "dev-only-token-two-0123456789-02";
    private static final String DATA = "{\"data\": [{\"hostname\": \"web01\", \"status\": \"running\"}]}";
    private static final String EXPIRED_CHALLENGE = "Bearer realm=\"apikata\", error=\"invalid_token\", error_description=\"The token expired\"";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Hands out FIRST, then after an invalidation SECOND, then a third; records what happens. */
    private static final class ScriptedTokens implements TokenProvider {
        final List<String> script = List.of(FIRST, SECOND, "dev-only-token-three-012345678-03");
        final List<String> invalidated = new ArrayList<>();
        int next;
        AccessToken current;

        @Override
        public synchronized AccessToken token() {
            if (current == null) {
                if (next == script.size()) {
                    throw new AssertionError("the client asked for a 4th token: it should refresh once, not loop");
                }
                current = new AccessToken(Secret.of(script.get(next++)), Instant.parse("2099-01-01T00:00:00Z"), Set.of("read"));
            }
            return current;
        }

        @Override
        public synchronized void invalidate(AccessToken rejected) {
            invalidated.add(rejected.value().reveal());
            if (current != null && current.value().reveal().equals(rejected.value().reveal())) {
                current = null;
            }
        }

        synchronized int tokensHandedOut() {
            return next;
        }
    }

    private final ScriptedTokens tokens = new ScriptedTokens();
    private final BearerClient client = new BearerClient(HTTP, URI.create(api.baseUrl()), tokens);

    private static void answerFor(String token, ResponseDefinitionBuilder answer) {
        api.stubFor(get("/data").withHeader("Authorization", bearer(token)).willReturn(answer));
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern bearer(String token) {
        return matching("(?i)bearer +" + Pattern.quote(token));
    }

    private static ResponseDefinitionBuilder unauthorized() {
        return aResponse().withStatus(401).withHeader("WWW-Authenticate", EXPIRED_CHALLENGE)
                .withHeader("Content-Type", "application/json").withBody("{\"error\": \"invalid_token\"}");
    }

    private static List<String> authorizationHeadersSent() {
        return api.findAll(getRequestedFor(urlEqualTo("/data"))).stream().map(LoggedRequest::getHeaders)
                .map(headers -> headers.getHeader("Authorization").firstValue()).toList();
    }

    @Test
    @DisplayName("sends Authorization: Bearer <token> and returns the 200 response")
    void sendsTheToken() throws Exception {
        answerFor(FIRST, okJson(DATA));

        HttpResponse<String> response = client.get("/data");

        assertThat(response.statusCode()).as("the status of GET /data").isEqualTo(200);
        assertThat(response.body()).as("the body of GET /data").isEqualTo(DATA);
        api.verify(1, getRequestedFor(urlEqualTo("/data")).withHeader("Authorization", bearer(FIRST)));
        assertThat(tokens.invalidated).as("tokens the client invalidated after a 200").isEmpty();
    }

    @Test
    @DisplayName("a 401 gets one new token and one retry: the second request carries the new token")
    void refreshesOnceOn401() throws Exception {
        answerFor(FIRST, unauthorized());
        answerFor(SECOND, okJson(DATA));

        HttpResponse<String> response = client.get("/data");

        assertThat(response.statusCode()).as("the status get(\"/data\") returns after the retry").isEqualTo(200);
        assertThat(tokens.invalidated).as("the tokens the client invalidated").containsExactly(FIRST);
        assertThat(authorizationHeadersSent()).as("the Authorization headers of the requests, in order")
                .hasSize(2)
                .satisfiesExactly(
                        first -> assertThat(first).as("the first request's").endsWith(FIRST),
                        second -> assertThat(second).as("the retry's").endsWith(SECOND));
    }

    @Test
    @DisplayName("a second 401 is final: AuthFailedException (log in again) after exactly two requests")
    void secondUnauthorizedIsFinal() {
        api.stubFor(get("/data").willReturn(unauthorized()));

        assertThatExceptionOfType(AuthFailedException.class)
                .as("get(\"/data\") when every request answers 401")
                .isThrownBy(() -> client.get("/data"))
                .satisfies(e -> {
                    assertThat(e.failure().kind()).as("failure().kind()").isEqualTo(AuthFailure.Kind.LOG_IN_AGAIN);
                    assertThat(e.failure().statusCode()).as("failure().statusCode()").isEqualTo(401);
                })
                .withMessageContaining("log in again")
                .withMessageContaining("invalid_token: The token expired");
        api.verify(2, getRequestedFor(urlEqualTo("/data")));
        assertThat(tokens.tokensHandedOut()).as("distinct tokens the client took").isEqualTo(2);
    }

    @Test
    @DisplayName("a 403 is final at once: AuthFailedException (not allowed), one request, no new token")
    void forbiddenIsFinal() {
        api.stubFor(get("/data").willReturn(aResponse().withStatus(403)
                .withHeader("WWW-Authenticate", "Bearer realm=\"apikata\", error=\"insufficient_scope\", scope=\"admin\"")));

        assertThatExceptionOfType(AuthFailedException.class)
                .as("get(\"/data\") when the server answers 403")
                .isThrownBy(() -> client.get("/data"))
                .satisfies(e -> {
                    assertThat(e.failure().kind()).as("failure().kind()").isEqualTo(AuthFailure.Kind.NOT_ALLOWED);
                    assertThat(e.failure().statusCode()).as("failure().statusCode()").isEqualTo(403);
                    assertThat(e.failure().requiredScope()).as("failure().requiredScope()").isEqualTo("admin");
                })
                .withMessageContaining("not allowed")
                .withMessageContaining("(insufficient_scope)")
                .withMessageContaining("it needs scope admin");
        api.verify(1, getRequestedFor(urlEqualTo("/data")));
        assertThat(tokens.invalidated).as("tokens the client invalidated after a 403").isEmpty();
        assertThat(tokens.tokensHandedOut()).as("distinct tokens the client took").isEqualTo(1);
    }

    @Test
    @DisplayName("a 401, then a 403 for the new token: AuthFailedException (not allowed) after exactly two requests")
    void forbiddenAfterTheRetry() {
        answerFor(FIRST, unauthorized());
        answerFor(SECOND, aResponse().withStatus(403)
                .withHeader("WWW-Authenticate", "Bearer realm=\"apikata\", error=\"insufficient_scope\", scope=\"write\""));

        assertThatExceptionOfType(AuthFailedException.class)
                .as("get(\"/data\") when the first token gets a 401 and the new one a 403")
                .isThrownBy(() -> client.get("/data"))
                .satisfies(e -> {
                    assertThat(e.failure().kind()).as("failure().kind()").isEqualTo(AuthFailure.Kind.NOT_ALLOWED);
                    assertThat(e.failure().statusCode()).as("failure().statusCode()").isEqualTo(403);
                    assertThat(e.failure().requiredScope()).as("failure().requiredScope()").isEqualTo("write");
                });
        api.verify(2, getRequestedFor(urlEqualTo("/data")));
        assertThat(tokens.tokensHandedOut()).as("distinct tokens the client took").isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} is returned as it is, without a new token or a retry")
    @ValueSource(ints = {404, 500})
    void otherStatusesAreReturned(int status) throws Exception {
        api.stubFor(get("/data").willReturn(status(status).withBody("{}")));

        HttpResponse<String> response = client.get("/data");

        assertThat(response.statusCode()).as("the status get(\"/data\") returns").isEqualTo(status);
        api.verify(1, getRequestedFor(urlEqualTo("/data")));
        assertThat(tokens.invalidated).as("tokens the client invalidated after a %d", status).isEmpty();
    }

    @Test
    @DisplayName("the log names each request with the masked token; neither the log nor the exception holds a token")
    void logsWithoutTokens() {
        api.stubFor(get("/data").willReturn(unauthorized()));

        Throwable thrown = catchThrowable(() -> client.get("/data"));

        List<String> lines = logs.lines();
        assertThat(lines).as("what BearerClient logged").anySatisfy(line -> assertThat(line).contains("/data"));
        assertThat(lines).as("what BearerClient logged")
                .anySatisfy(line -> assertThat(line).contains(Secret.of(FIRST).masked()))
                .anySatisfy(line -> assertThat(line).contains(Secret.of(SECOND).masked()));
        List<String> texts = new ArrayList<>(lines);
        texts.addAll(CapturedLogs.messagesOf(thrown));
        CapturedLogs.assertNoLeak(texts, "a log line or the exception", FIRST);
        CapturedLogs.assertNoLeak(texts, "a log line or the exception", SECOND);
    }
}
