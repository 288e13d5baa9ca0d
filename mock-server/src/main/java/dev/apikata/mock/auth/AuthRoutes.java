package dev.apikata.mock.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.route.ApiProblem;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.JsonBody;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import dev.apikata.mock.route.RouteGroup;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Protected resources and the token endpoint. 401 means "who are you?" (credentials missing or
 * wrong), 403 means "I know you, but you may not" (the token lacks the scope), as the chapter says.
 */
public final class AuthRoutes implements RouteGroup {

    private static final String BEARER_REALM = "Bearer realm=\"apikata\"";

    private final Jwt jwt;
    private final TokenEndpoint tokenEndpoint;

    public AuthRoutes(Clock clock, Duration tokenLifetime) {
        this.jwt = new Jwt(DevCredentials.JWT_SECRET, clock, TokenEndpoint.ISSUER, TokenEndpoint.AUDIENCE);
        this.tokenEndpoint = new TokenEndpoint(jwt, clock, tokenLifetime);
    }

    @Override
    public String id() {
        return "auth";
    }

    @Override
    public String name() {
        return "Auth (dev-only credentials)";
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/oauth/token", "OAuth 2.0 client credentials grant: form-encoded, issues an HS256 JWT", tokenEndpoint::issue)
                        .statuses(200, 400, 401, 413).returns(200, "Token").returns(400, "OAuthError").returns(401, "OAuthError")
                        .formBody("grant_type=client_credentials&client_id=" + DevCredentials.CLIENT_ID
                                + "&client_secret=" + DevCredentials.CLIENT_SECRET + "&scope=read+write"),
                Route.get("/data", "Bearer-protected data (scope read)", r -> bearerData(r, "read"))
                        .statuses(401, 200, 400, 403).returns(200, "Data"),
                Route.post("/data", "Bearer-protected write (scope write)", r -> bearerData(r, "write"))
                        .statuses(401, 201, 400, 403, 413, 415, 422).returns(201, "DataStored")
                        .jsonBody("{\"hostname\":\"web04\"}"),
                Route.get("/secure/admin", "Bearer-protected admin data (scope admin: no dev client has it, so 403)", r -> bearerData(r, "admin"))
                        .statuses(401, 403, 400),
                Route.get("/secure/api-key", "Needs the X-API-Key header", this::apiKey)
                        .statuses(401, 200, 400).returns(200, "Authenticated"),
                Route.get("/secure/basic", "Needs HTTP Basic authentication", this::basic)
                        .statuses(401, 200, 400).returns(200, "Authenticated"));
    }

    private ResponseDefinition bearerData(KitRequest request, String scope) {
        JsonNode claims = requireToken(request, scope);
        ObjectNode answer = Json.object().put("client", claims.path("sub").asText()).put("scope", claims.path("scope").asText());
        if (request.method().equals("POST")) {
            answer.set("received", JsonBody.readObject(request));
            return Reply.json(201, answer.put("stored", true));
        }
        answer.putArray("data")
                .add(Json.object().put("hostname", "web01").put("status", "running"))
                .add(Json.object().put("hostname", "db01").put("status", "running"));
        return Reply.ok(answer);
    }

    /** RFC 6750: no token is a bare challenge; a bad token is invalid_token; a weak one insufficient_scope. */
    private JsonNode requireToken(KitRequest request, String scope) {
        String header = request.header("Authorization").orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiProblem(401, "unauthorized", "Send 'Authorization: Bearer <token>'; get a token from POST /oauth/token")
                    .header("WWW-Authenticate", BEARER_REALM);
        }
        JsonNode claims;
        try {
            claims = jwt.verify(header.substring(7).trim());
        } catch (Jwt.InvalidToken e) {
            throw new ApiProblem(401, "invalid_token", e.getMessage())
                    .header("WWW-Authenticate", BEARER_REALM + ", error=\"invalid_token\", error_description=\"" + e.getMessage().replace("\"", "'") + "\"");
        }
        List<String> granted = Arrays.asList(claims.path("scope").asText("").split(" "));
        if (!granted.contains(scope)) {
            throw new ApiProblem(403, "insufficient_scope", "The token's scope is '" + claims.path("scope").asText() + "'; this needs '" + scope + "'")
                    .header("WWW-Authenticate", BEARER_REALM + ", error=\"insufficient_scope\", scope=\"" + scope + "\"");
        }
        return claims;
    }

    private ResponseDefinition apiKey(KitRequest request) {
        String key = request.header("X-API-Key").orElse(null);
        if (!DevCredentials.API_KEY.equals(key)) {
            throw new ApiProblem(401, "unauthorized", key == null ? "Send your key in the X-API-Key header" : "The API key is not valid")
                    .header("WWW-Authenticate", "ApiKey realm=\"apikata\", header=\"X-API-Key\"");
        }
        return Reply.ok(Json.object().put("authenticated", true).put("method", "api-key"));
    }

    private ResponseDefinition basic(KitRequest request) {
        boolean ok = BasicCredentials.parse(request.header("Authorization").orElse(null))
                .filter(c -> c.user().equals(DevCredentials.BASIC_USER) && c.password().equals(DevCredentials.BASIC_PASSWORD))
                .isPresent();
        if (!ok) {
            throw new ApiProblem(401, "unauthorized", "Send HTTP Basic credentials (user:password)")
                    .header("WWW-Authenticate", "Basic realm=\"apikata\", charset=\"UTF-8\"");
        }
        return Reply.ok(Json.object().put("authenticated", true).put("method", "basic").put("user", DevCredentials.BASIC_USER));
    }
}
