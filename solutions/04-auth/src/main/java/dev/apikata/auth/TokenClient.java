package dev.apikata.auth;

import static java.lang.System.Logger.Level.DEBUG;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Asks an OAuth 2.0 token endpoint for an access token with the client credentials grant
 * (RFC 6749 section 4.4), like the Python version's {@code get_oauth_token}. Chapter section
 * {@code #client-credentials}.
 */
public final class TokenClient implements TokenSource {

    private static final System.Logger LOG = System.getLogger(TokenClient.class.getName());

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final ClientCredentials credentials;
    private final ClientAuthentication authentication;
    private final List<String> scopes;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param tokenEndpoint  the full URI of the token endpoint, {@code http://127.0.0.1:8080/oauth/token}
     * @param authentication how the client proves itself: HTTP Basic, or id and secret in the body
     * @param scopes         the scopes to ask for; none means the server's default
     * @param clock          the time {@code expires_in} counts from
     */
    public TokenClient(HttpClient http, URI tokenEndpoint, ClientCredentials credentials,
            ClientAuthentication authentication, Collection<String> scopes, Clock clock) {
        this.http = http;
        this.tokenEndpoint = tokenEndpoint;
        this.credentials = credentials;
        this.authentication = authentication;
        this.scopes = List.copyOf(scopes);
        this.clock = clock;
    }

    /**
     * POSTs a form ({@code application/x-www-form-urlencoded}) with {@code grant_type=client_credentials},
     * the {@code scope} (space-separated, left out when there are none) and, for
     * {@link ClientAuthentication#CLIENT_SECRET_POST}, {@code client_id} and {@code client_secret};
     * for {@link ClientAuthentication#CLIENT_SECRET_BASIC}, the credentials go into an
     * {@code Authorization: Basic} header instead, each form-urlencoded before Base64 (RFC 6749
     * section 2.3.1).
     *
     * <p>A 200 answer gives the token: {@code access_token}; {@code expires_in} seconds from now
     * (none given: it expires now, so it is used once); the granted {@code scope}, or the
     * requested scopes when the server does not say. Logs one DEBUG line that names the token
     * endpoint before the request, and one with the masked token after it; never the secret or
     * the token.
     *
     * @throws TokenRequestException for any other status, with the OAuth {@code error} and
     *         {@code error_description} when the body has them; also for a 200 without
     *         {@code access_token} or with a {@code token_type} other than Bearer (in any case)
     */
    @Override
    public AccessToken requestToken() throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        if (!scopes.isEmpty()) {
            form.put("scope", String.join(" ", scopes));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(tokenEndpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        authenticate(request, form);
        Instant requestedAt = clock.instant();
        LOG.log(DEBUG, "Requesting a token from {0} for client {1}, scope [{2}]",
                tokenEndpoint, credentials.clientId(), String.join(" ", scopes));
        HttpResponse<String> response = http.send(request.POST(BodyPublishers.ofString(formBody(form))).build(),
                BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw refused(response);
        }
        AccessToken token = token(json.readTree(response.body()), requestedAt);
        LOG.log(DEBUG, "Got token {0}, expires at {1}, scope {2}", token.value(), token.expiresAt(), token.scopes());
        return token;
    }

    // RFC 6749 section 2.3.1: one method per request, Basic or the body, never both.
    private void authenticate(HttpRequest.Builder request, Map<String, String> form) {
        if (authentication == ClientAuthentication.CLIENT_SECRET_BASIC) {
            request.header("Authorization", basic(credentials));
        } else {
            form.put("client_id", credentials.clientId());
            form.put("client_secret", credentials.clientSecret().reveal());
        }
    }

    private AccessToken token(JsonNode body, Instant requestedAt) {
        String accessToken = body.path("access_token").asText("");
        if (accessToken.isEmpty()) {
            throw new TokenRequestException(200, null, "the answer has no access_token");
        }
        // RFC 6749 section 7.1: never use a token whose type this client does not understand.
        String type = body.path("token_type").asText("");
        if (!type.equalsIgnoreCase("Bearer")) {
            throw new TokenRequestException(200, null, "token_type \"" + type + "\" is not Bearer");
        }
        Set<String> granted = body.hasNonNull("scope") ? scopeSet(body.get("scope").asText()) : Set.copyOf(scopes);
        return new AccessToken(Secret.of(accessToken), requestedAt.plusSeconds(body.path("expires_in").asLong(0)), granted);
    }

    private TokenRequestException refused(HttpResponse<String> response) {
        try {
            JsonNode body = json.readTree(response.body());
            return new TokenRequestException(response.statusCode(), body.path("error").textValue(),
                    body.path("error_description").textValue());
        } catch (JsonProcessingException notJson) {
            return new TokenRequestException(response.statusCode(), null, null); // a proxy's HTML page, say
        }
    }

    private static String basic(ClientCredentials credentials) {
        String pair = form(credentials.clientId()) + ":" + form(credentials.clientSecret().reveal());
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(UTF_8));
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> form(field.getKey()) + "=" + form(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String form(String value) {
        return URLEncoder.encode(value, UTF_8);
    }

    private static Set<String> scopeSet(String scope) {
        return Arrays.stream(scope.split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
