package dev.apikata.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module 04, task 04.3: the client credentials grant against a token endpoint played by WireMock.
 * The endpoint sits under a path of its own, as on Keycloak; the client's id and secret hold
 * characters that form encoding must escape.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:04.3")
@DisplayName("04.3 TokenClient: the client credentials grant")
class TokenClientTest {

    private static final String TOKEN_PATH = "/realms/ops/protocol/openid-connect/token";
    private static final String FORM = "application/x-www-form-urlencoded";
    // DEV ONLY: made-up credentials with ':' in the id and ' ', '&', '+', '%', '/', '€' and '=' in the secret.
    private static final String CLIENT_ID = "apikata-dev:backup";
    private static final String CLIENT_SECRET = "dev-only s3cr&t+%/€=";
    private static final String ACCESS_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJiYWNrdXAifQ.dev-only-not-a-real-signature";
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private TokenClient client(ClientAuthentication authentication, List<String> scopes) {
        return new TokenClient(HTTP, URI.create(api.url(TOKEN_PATH)), new ClientCredentials(CLIENT_ID, Secret.of(CLIENT_SECRET)),
                authentication, scopes, clock);
    }

    private static String tokenJson(String tokenType, String extra) {
        return "{\"access_token\": \"" + ACCESS_TOKEN + "\", \"token_type\": \"" + tokenType + "\"" + extra + "}";
    }

    // The path alone: a request with a query string gets its token too, and verify() then shows what the URL carried.
    private static void tokenEndpointAnswers(String json) {
        api.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(okJson(json).withHeader("Cache-Control", "no-store")));
    }

    private static LoggedRequest tokenRequest() {
        api.verify(postRequestedFor(urlEqualTo(TOKEN_PATH)).withHeader("Content-Type", containing(FORM)));
        return api.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))).get(0);
    }

    /** The form fields of a request body, decoded the way a server decodes them. */
    private static Map<String, List<String>> form(LoggedRequest request) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), UTF_8);
            fields.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    @Test
    @DisplayName("CLIENT_SECRET_POST: a form with grant_type, client_id, client_secret and scope, and the token it answers")
    void clientSecretPost() throws Exception {
        tokenEndpointAnswers(tokenJson("Bearer", ", \"expires_in\": 3600, \"scope\": \"read write\""));

        AccessToken token = client(ClientAuthentication.CLIENT_SECRET_POST, List.of("read", "write")).requestToken();

        assertThat(token.value().reveal()).as("the access token").isEqualTo(ACCESS_TOKEN);
        assertThat(token.expiresAt()).as("expiresAt: expires_in (3600) seconds after the request").isEqualTo(NOW.plusSeconds(3600));
        assertThat(token.scopes()).as("the granted scopes").containsExactlyInAnyOrder("read", "write");
        LoggedRequest request = tokenRequest();
        assertThat(form(request)).as("the form fields of the token request (decoded)").containsExactlyInAnyOrderEntriesOf(Map.of(
                "grant_type", List.of("client_credentials"),
                "client_id", List.of(CLIENT_ID),
                "client_secret", List.of(CLIENT_SECRET),
                "scope", List.of("read write")));
        assertThat(request.containsHeader("Authorization")).as("an Authorization header besides the secret in the body").isFalse();
    }

    @Test
    @DisplayName("CLIENT_SECRET_BASIC: Authorization: Basic of the form-urlencoded id and secret; no secret in the body")
    void clientSecretBasic() throws Exception {
        tokenEndpointAnswers(tokenJson("Bearer", ", \"expires_in\": 3600, \"scope\": \"read\""));

        client(ClientAuthentication.CLIENT_SECRET_BASIC, List.of("read")).requestToken();

        LoggedRequest request = tokenRequest();
        String header = request.getHeader("Authorization");
        // Standard Base64 with its padding (RFC 7617): strict servers refuse base64url or a missing "=".
        assertThat(header).as("the Authorization header").isNotNull().matches("(?i)basic +(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");
        String userPass = new String(Base64.getDecoder().decode(header.substring(header.indexOf(' ')).strip()), UTF_8);
        int colon = userPass.indexOf(':');
        assertThat(colon).as("the position of ':' in the decoded credentials \"%s\"", userPass).isPositive();
        // RFC 6749 section 2.3.1: the server form-decodes both halves, so ':' in the id and '+' in the secret survive.
        assertThat(URLDecoder.decode(userPass.substring(0, colon), UTF_8))
                .as("the user (the client id) in \"%s\", form-decoded", userPass).isEqualTo(CLIENT_ID);
        assertThat(URLDecoder.decode(userPass.substring(colon + 1), UTF_8))
                .as("the password (the client secret) in \"%s\", form-decoded", userPass).isEqualTo(CLIENT_SECRET);
        Map<String, List<String>> fields = form(request);
        assertThat(fields).as("the form fields of the token request").containsEntry("grant_type", List.of("client_credentials"))
                .containsEntry("scope", List.of("read"))
                .doesNotContainKey("client_secret");
    }

    @Test
    @DisplayName("no scopes configured: no scope field is sent, and the token has the scopes the server names")
    void noScopes() throws Exception {
        tokenEndpointAnswers(tokenJson("Bearer", ", \"expires_in\": 600, \"scope\": \"read\""));

        AccessToken token = client(ClientAuthentication.CLIENT_SECRET_BASIC, List.of()).requestToken();

        assertThat(form(tokenRequest())).as("the form fields of the token request").doesNotContainKey("scope");
        assertThat(token.scopes()).as("the granted scopes").containsExactly("read");
    }

    @Test
    @DisplayName("the server grants less than asked: the token carries the granted scope")
    void grantedScopeWins() throws Exception {
        tokenEndpointAnswers(tokenJson("Bearer", ", \"expires_in\": 3600, \"scope\": \"read\""));

        AccessToken token = client(ClientAuthentication.CLIENT_SECRET_BASIC, List.of("read", "write")).requestToken();

        assertThat(token.scopes()).as("the scopes of a token the server granted as \"read\"").containsExactly("read");
    }

    @Test
    @DisplayName("the server does not say which scope: the token carries the requested ones")
    void requestedScopeWhenNoneGiven() throws Exception {
        tokenEndpointAnswers(tokenJson("Bearer", ", \"expires_in\": 3600"));

        AccessToken token = client(ClientAuthentication.CLIENT_SECRET_BASIC, List.of("read", "write")).requestToken();

        assertThat(token.scopes()).as("the scopes of a token whose answer has no scope").containsExactlyInAnyOrder("read", "write");
    }

    @Test
    @DisplayName("token_type is case-insensitive: bearer is Bearer")
    void tokenTypeIgnoresCase() throws Exception {
        tokenEndpointAnswers(tokenJson("bearer", ", \"expires_in\": 3600"));

        AccessToken token = client(ClientAuthentication.CLIENT_SECRET_BASIC, List.of("read")).requestToken();

        assertThat(token.value().reveal()).as("the access token of an answer with token_type \"bearer\"").isEqualTo(ACCESS_TOKEN);
    }

    @Test
    @DisplayName("a token_type this client cannot use (DPoP) is refused with TokenRequestException")
    void otherTokenTypeIsRefused() {
        tokenEndpointAnswers(tokenJson("DPoP", ", \"expires_in\": 3600"));

        assertThatExceptionOfType(TokenRequestException.class)
                .as("requestToken() when the answer's token_type is DPoP")
                .isThrownBy(() -> client(ClientAuthentication.CLIENT_SECRET_BASIC, List.of("read")).requestToken());
    }

    @Test
    @DisplayName("no expires_in: the lifetime is unknown, so the token expires at once")
    void noExpiresIn() throws Exception {
        tokenEndpointAnswers(tokenJson("Bearer", ""));

        AccessToken token = client(ClientAuthentication.CLIENT_SECRET_BASIC, List.of("read")).requestToken();

        assertThat(token.expiresAt()).as("expiresAt of a token without expires_in").isEqualTo(NOW);
    }

    @Test
    @DisplayName("a token endpoint that takes 5 s to answer: expires_in counts from when the request was sent")
    void expiryCountsFromTheRequest() throws Exception {
        tokenEndpointAnswers(tokenJson("Bearer", ", \"expires_in\": 3600"));
        TestClock slowClock = new TestClock(NOW);
        TokenClient slow = new TokenClient(new SlowHttpClient(HTTP, slowClock, Duration.ofSeconds(5)), URI.create(api.url(TOKEN_PATH)),
                new ClientCredentials(CLIENT_ID, Secret.of(CLIENT_SECRET)), ClientAuthentication.CLIENT_SECRET_BASIC, List.of("read"),
                slowClock);

        AccessToken token = slow.requestToken();

        assertThat(token.expiresAt()).as("expiresAt of a token with expires_in 3600, requested at %s, answered 5 s later", NOW)
                .isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    @DisplayName("a 200 without access_token is refused, not a token with no value")
    void noAccessToken() {
        tokenEndpointAnswers("{\"token_type\": \"Bearer\", \"expires_in\": 3600}");

        Throwable thrown = catchThrowable(() -> client(ClientAuthentication.CLIENT_SECRET_BASIC, List.of("read")).requestToken());

        assertThat(thrown).as("requestToken() when the answer has no access_token")
                .isInstanceOfAny(TokenRequestException.class, IOException.class);
    }

    @Test
    @DisplayName("401 invalid_client: TokenRequestException with the status, error and error_description")
    void invalidClient() {
        api.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withHeader("WWW-Authenticate", "Basic realm=\"ops\"")
                .withBody("{\"error\": \"invalid_client\", \"error_description\": \"Unknown client or wrong secret\"}")));

        assertThatExceptionOfType(TokenRequestException.class)
                .as("requestToken() when the token endpoint answers 401 invalid_client")
                .isThrownBy(() -> client(ClientAuthentication.CLIENT_SECRET_BASIC, List.of("read")).requestToken())
                .satisfies(e -> {
                    assertThat(e.statusCode()).as("statusCode()").isEqualTo(401);
                    assertThat(e.error()).as("error()").isEqualTo("invalid_client");
                    assertThat(e.errorDescription()).as("errorDescription()").isEqualTo("Unknown client or wrong secret");
                })
                .withMessageContaining("invalid_client")
                .withMessageContaining("Unknown client or wrong secret");
    }

    @Test
    @DisplayName("400 invalid_scope: TokenRequestException with error invalid_scope")
    void invalidScope() {
        api.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error_description\": \"may ask only for: read\", \"error\": \"invalid_scope\"}")));

        assertThatExceptionOfType(TokenRequestException.class)
                .as("requestToken() when the token endpoint answers 400 invalid_scope")
                .isThrownBy(() -> client(ClientAuthentication.CLIENT_SECRET_POST, List.of("read", "admin")).requestToken())
                .satisfies(e -> {
                    assertThat(e.statusCode()).as("statusCode()").isEqualTo(400);
                    assertThat(e.error()).as("error()").isEqualTo("invalid_scope");
                    assertThat(e.errorDescription()).as("errorDescription()").isEqualTo("may ask only for: read");
                });
    }

    @Test
    @DisplayName("503 with an HTML page: TokenRequestException with the status and no OAuth error")
    void errorWithoutOAuthBody() {
        api.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Service Unavailable</body></html>")));

        assertThatExceptionOfType(TokenRequestException.class)
                .as("requestToken() when a proxy answers 503 with an HTML page")
                .isThrownBy(() -> client(ClientAuthentication.CLIENT_SECRET_BASIC, List.of("read")).requestToken())
                .satisfies(e -> {
                    assertThat(e.statusCode()).as("statusCode()").isEqualTo(503);
                    assertThat(e.error()).as("error()").isNull();
                });
    }

    @Test
    @DisplayName("logs the request and the masked token, never the secret or the token")
    void logsWithoutSecrets() throws Exception {
        tokenEndpointAnswers(tokenJson("Bearer", ", \"expires_in\": 3600"));

        AccessToken token = client(ClientAuthentication.CLIENT_SECRET_POST, List.of("read")).requestToken();

        List<String> lines = logs.lines();
        assertThat(lines).as("what TokenClient logged").anySatisfy(line -> assertThat(line).contains(TOKEN_PATH));
        assertThat(lines).as("what TokenClient logged").anySatisfy(line -> assertThat(line).contains(token.value().masked()));
        CapturedLogs.assertNoLeak(lines, "a log line", CLIENT_SECRET);
        CapturedLogs.assertNoLeak(lines, "a log line", ACCESS_TOKEN);
    }

    @Test
    @DisplayName("a refused request whose answer echoes the secret: neither the exception nor the log holds it")
    void refusedWithoutSecrets() {
        // A server in debug mode that echoes what it received: the body is not for the exception's message.
        api.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"invalid_client\", \"debug\": {\"client_secret\": \"" + CLIENT_SECRET + "\"}}")));

        Throwable thrown = catchThrowable(() -> client(ClientAuthentication.CLIENT_SECRET_BASIC, List.of("read")).requestToken());

        assertThat(thrown).as("requestToken() when the token endpoint answers 401").isInstanceOf(TokenRequestException.class);
        List<String> texts = new ArrayList<>(logs.lines());
        texts.addAll(CapturedLogs.messagesOf(thrown));
        CapturedLogs.assertNoLeak(texts, "the exception or a log line", CLIENT_SECRET);
    }

    @Test
    @DisplayName("a reset connection reaches the caller as an IOException that does not hold the secret")
    void connectionFailurePropagates() {
        api.stubFor(post(TOKEN_PATH).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Throwable thrown = catchThrowable(() -> client(ClientAuthentication.CLIENT_SECRET_POST, List.of("read")).requestToken());

        assertThat(thrown).as("requestToken() when the connection is reset: an IOException, or an exception caused by one")
                .isNotNull()
                .satisfiesAnyOf(
                        failure -> assertThat(failure).isInstanceOf(IOException.class),
                        failure -> assertThat(failure).hasRootCauseInstanceOf(IOException.class));
        List<String> texts = new ArrayList<>(logs.lines());
        texts.addAll(CapturedLogs.messagesOf(thrown));
        CapturedLogs.assertNoLeak(texts, "the exception or a log line", CLIENT_SECRET);
    }
}
