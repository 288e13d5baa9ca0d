package dev.apikata.mock.auth;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.Reply;

/** An RFC 6749 section 5.2 error response of the token endpoint. */
final class OAuthError extends RuntimeException {

    private final int status;
    private final String error;

    OAuthError(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    ResponseDefinition toResponse() {
        Reply reply = Reply.status(status).header("Cache-Control", "no-store").header("Pragma", "no-cache");
        if (status == 401) {
            reply.header("WWW-Authenticate", "Basic realm=\"apikata\", charset=\"UTF-8\"");
        }
        return reply.json(Json.object().put("error", error).put("error_description", getMessage()));
    }
}
