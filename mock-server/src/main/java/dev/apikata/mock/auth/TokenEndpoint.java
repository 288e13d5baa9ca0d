package dev.apikata.mock.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.JsonBody;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /oauth/token}: the OAuth 2.0 client credentials grant (RFC 6749 section 4.4), client
 * authenticated by HTTP Basic or by {@code client_id}/{@code client_secret} in the form body.
 */
final class TokenEndpoint {

    static final String ISSUER = "apikata-mock";
    static final String AUDIENCE = "apikata";

    private final Jwt jwt;
    private final Clock clock;
    private final Duration lifetime;

    TokenEndpoint(Jwt jwt, Clock clock, Duration lifetime) {
        this.jwt = jwt;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    ResponseDefinition issue(KitRequest request) {
        try {
            return Reply.status(200).header("Cache-Control", "no-store").header("Pragma", "no-cache").json(token(request));
        } catch (OAuthError error) {
            return error.toResponse();
        }
    }

    private ObjectNode token(KitRequest request) {
        JsonBody.checkSize(request.body());
        String contentType = request.header("Content-Type").orElse("");
        if (!contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            throw new OAuthError(400, "invalid_request",
                    "The token request must be form-encoded (Content-Type: application/x-www-form-urlencoded), got '" + contentType + "'");
        }
        Map<String, List<String>> form = request.formFields();
        String clientId = authenticate(request, form);
        String grantType = single(form, "grant_type");
        if (grantType == null) {
            throw new OAuthError(400, "invalid_request", "grant_type is missing; use grant_type=client_credentials");
        }
        if (grantType.equals("refresh_token") || grantType.equals("authorization_code")) {
            throw new OAuthError(400, "invalid_grant", "This server issues no refresh tokens or codes; request a new token with grant_type=client_credentials");
        }
        if (!grantType.equals("client_credentials")) {
            throw new OAuthError(400, "unsupported_grant_type", "grant_type '" + grantType + "' is not supported; use client_credentials");
        }
        Set<String> allowed = DevCredentials.CLIENTS.get(clientId).scopes();
        String requested = single(form, "scope");
        Set<String> scopes = requested == null || requested.isBlank()
                ? new LinkedHashSet<>(allowed.stream().sorted().toList())
                : new LinkedHashSet<>(Arrays.asList(requested.trim().split("\\s+")));
        if (!allowed.containsAll(scopes)) {
            throw new OAuthError(400, "invalid_scope", "Client '" + clientId + "' may ask only for: " + String.join(" ", allowed.stream().sorted().toList()));
        }
        long now = clock.instant().getEpochSecond();
        String scope = String.join(" ", scopes);
        ObjectNode claims = Json.object()
                .put("iss", ISSUER)
                .put("sub", clientId)
                .put("aud", AUDIENCE)
                .put("iat", now)
                .put("exp", now + lifetime.toSeconds())
                .put("scope", scope)
                .put("jti", UUID.randomUUID().toString());
        return Json.object()
                .put("access_token", jwt.sign(claims))
                .put("token_type", "Bearer")
                .put("expires_in", lifetime.toSeconds())
                .put("scope", scope);
    }

    /** Returns the authenticated client id, from Basic auth or from the body, but not both. */
    private static String authenticate(KitRequest request, Map<String, List<String>> form) {
        String[] basic = request.header("Authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6))
                .map(TokenEndpoint::decodeBasic).orElse(null);
        String bodyId = single(form, "client_id");
        String bodySecret = single(form, "client_secret");
        if (basic != null && bodySecret != null) {
            throw new OAuthError(400, "invalid_request", "Send the client secret either in Basic auth or in the body, not both");
        }
        String id = basic != null ? basic[0] : bodyId;
        String secret = basic != null ? basic[1] : bodySecret;
        if (id == null || secret == null) {
            throw new OAuthError(401, "invalid_client", "Client authentication is missing: send client_id and client_secret");
        }
        DevCredentials.Client client = DevCredentials.CLIENTS.get(id);
        if (client == null || !client.secret().equals(secret)) {
            throw new OAuthError(401, "invalid_client", "Unknown client or wrong secret");
        }
        return id;
    }

    /** RFC 6749 2.3.1: id and secret are form-encoded before they go into Basic auth. */
    static String[] decodeBasic(String header) {
        BasicCredentials credentials = BasicCredentials.parse(header)
                .orElseThrow(() -> new OAuthError(401, "invalid_client", "The Basic credentials must be base64 of 'id:secret'"));
        return new String[] {
            URLDecoder.decode(credentials.user(), StandardCharsets.UTF_8),
            URLDecoder.decode(credentials.password(), StandardCharsets.UTF_8)
        };
    }

    private static String single(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new OAuthError(400, "invalid_request", name + " is repeated");
        }
        return values.get(0);
    }
}
