package dev.apikata.mock.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.ApiTest;
import dev.apikata.mock.Http;
import dev.apikata.mock.MockApiOptions;
import dev.apikata.mock.MutableClock;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuthRoutesTest extends ApiTest {

    private static final String SEED_TOKEN_FORM = "grant_type=client_credentials&client_id=" + DevCredentials.CLIENT_ID
            + "&client_secret=" + DevCredentials.CLIENT_SECRET + "&scope=read+write";

    private final MutableClock clock = new MutableClock(Instant.parse("2023-01-01T00:00:00Z"));

    @Override
    protected MockApiOptions options() {
        return MockApiOptions.defaults().withClock(clock).withTokenLifetime(Duration.ofMinutes(5));
    }

    private HttpResponse<String> tokenRequest(String form, String basicAuth) {
        HttpRequest.Builder builder = http.request("/oauth/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (basicAuth != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basicAuth.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(builder.build());
    }

    private String accessToken(String form) {
        return Http.json(tokenRequest(form, null)).get("access_token").asText();
    }

    private HttpResponse<String> getData(String token) {
        return http.send(http.request("/data").header("Authorization", "Bearer " + token).build());
    }

    @Test
    @DisplayName("the seed's client credentials request gets a Bearer JWT with expiry and scopes")
    void issuesToken() throws Exception {
        HttpResponse<String> response = tokenRequest(SEED_TOKEN_FORM, null);

        JsonNode body = Http.json(response);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(300);
        assertThat(body.get("scope").asText()).isEqualTo("read write");
        JsonNode claims = new Jwt(DevCredentials.JWT_SECRET, clock, "apikata-mock", "apikata").verify(body.get("access_token").asText());
        assertThat(claims.get("sub").asText()).isEqualTo(DevCredentials.CLIENT_ID);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);
    }

    @Test
    @DisplayName("the client may authenticate with HTTP Basic instead of the body")
    void basicClientAuth() {
        HttpResponse<String> response = tokenRequest("grant_type=client_credentials",
                DevCredentials.READONLY_CLIENT_ID + ":" + DevCredentials.READONLY_CLIENT_SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).get("scope").asText()).isEqualTo("read");
    }

    @Test
    @DisplayName("token errors follow RFC 6749: invalid_client, unsupported_grant_type, invalid_grant, invalid_scope, invalid_request")
    void tokenErrors() {
        HttpResponse<String> wrongSecret = tokenRequest("grant_type=client_credentials&client_id=" + DevCredentials.CLIENT_ID + "&client_secret=nope", null);
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(Http.json(wrongSecret).get("error").asText()).isEqualTo("invalid_client");
        assertThat(wrongSecret.headers().firstValue("WWW-Authenticate")).isPresent();

        String client = "&client_id=" + DevCredentials.CLIENT_ID + "&client_secret=" + DevCredentials.CLIENT_SECRET;
        assertThat(Http.json(tokenRequest("grant_type=password" + client, null)).get("error").asText()).isEqualTo("unsupported_grant_type");
        assertThat(Http.json(tokenRequest("grant_type=refresh_token&refresh_token=x" + client, null)).get("error").asText()).isEqualTo("invalid_grant");
        assertThat(Http.json(tokenRequest("grant_type=client_credentials&scope=admin" + client, null)).get("error").asText()).isEqualTo("invalid_scope");
        assertThat(Http.json(tokenRequest("scope=read" + client, null)).get("error").asText()).isEqualTo("invalid_request");

        HttpResponse<String> json = http.sendJson("POST", "/oauth/token", "{\"grant_type\":\"client_credentials\"}");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(Http.json(json).get("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    @DisplayName("GET /data needs a Bearer token: none is 401 with WWW-Authenticate, a valid one is 200")
    void bearerProtectedData() {
        HttpResponse<String> anonymous = http.get("/data");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"apikata\"");

        HttpResponse<String> ok = getData(accessToken(SEED_TOKEN_FORM));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(Http.json(ok).get("data")).isNotEmpty();
    }

    @Test
    @DisplayName("an expired or tampered token is 401 invalid_token")
    void expiredAndTampered() {
        String token = accessToken(SEED_TOKEN_FORM);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        HttpResponse<String> forged = getData(tampered);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("error=\"invalid_token\"");

        clock.advance(Duration.ofMinutes(5));
        HttpResponse<String> expired = getData(token);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(Http.json(expired).get("message").asText()).contains("expired");
    }

    @Test
    @DisplayName("a valid token without the scope is 403 insufficient_scope")
    void missingScope() {
        String readOnly = accessToken("grant_type=client_credentials&client_id=" + DevCredentials.READONLY_CLIENT_ID
                + "&client_secret=" + DevCredentials.READONLY_CLIENT_SECRET);

        HttpResponse<String> write = http.send(http.request("/data")
                .header("Authorization", "Bearer " + readOnly)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"hostname\":\"web04\"}"))
                .build());

        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("insufficient_scope", "scope=\"write\"");
        assertThat(getData(readOnly).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("X-API-Key and HTTP Basic protected resources: 401 without, 200 with the dev credentials")
    void apiKeyAndBasic() {
        assertThat(http.get("/secure/api-key").statusCode()).isEqualTo(401);
        assertThat(http.send(http.request("/secure/api-key").header("X-API-Key", "wrong").build()).statusCode()).isEqualTo(401);
        assertThat(http.send(http.request("/secure/api-key").header("X-API-Key", DevCredentials.API_KEY).build()).statusCode()).isEqualTo(200);

        HttpResponse<String> noBasic = http.get("/secure/basic");
        assertThat(noBasic.statusCode()).isEqualTo(401);
        assertThat(noBasic.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        String basic = Base64.getEncoder().encodeToString((DevCredentials.BASIC_USER + ":" + DevCredentials.BASIC_PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(http.send(http.request("/secure/basic").header("Authorization", "Basic " + basic).build()).statusCode()).isEqualTo(200);
    }
}
