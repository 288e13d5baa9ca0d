package dev.apikata.auth;

import dev.apikata.course.NotDoneYet;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/**
 * Why a protected API refused a request, and what to do about it: log in again (401) or accept
 * that this client may not (403). Chapter section {@code #unauthorized-or-forbidden}.
 *
 * @param kind          what the caller should do
 * @param statusCode    401 or 403
 * @param error         the challenge's {@code error} ({@code invalid_token}, {@code insufficient_scope}...), or {@code null}
 * @param description   the challenge's {@code error_description}, or {@code null}
 * @param requiredScope the challenge's {@code scope}, the scope the request needs, or {@code null}
 */
public record AuthFailure(Kind kind, int statusCode, String error, String description, String requiredScope) {

    /** The two answers to "what now?". */
    public enum Kind {
        /** 401: the credentials are missing, wrong or expired. A new token may help. */
        LOG_IN_AGAIN,
        /** 403: the server knows who you are and says no. A new token with the same rights will not help. */
        NOT_ALLOWED
    }

    /**
     * The failure a 401 or 403 answer describes, read from its {@code WWW-Authenticate} header
     * (all its values, all their challenges): the details come from the Bearer challenge, and are
     * {@code null} when there is none. The status alone decides the kind. Any other status is no
     * auth failure: empty.
     */
    public static Optional<AuthFailure> of(HttpResponse<?> response) {
        throw NotDoneYet.task("04.6");
    }
}
