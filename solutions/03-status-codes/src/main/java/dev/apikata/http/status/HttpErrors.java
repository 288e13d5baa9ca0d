package dev.apikata.http.status;

import java.net.http.HttpResponse;
import java.time.Clock;

/**
 * Python's {@code response.raise_for_status()}, with an exception type per kind of failure.
 * Chapter 03, section {@code #raise-for-status}.
 */
public final class HttpErrors {

    /** How much of the body an error message keeps, as the Python version logs {@code response.text[:200]}. */
    public static final int BODY_EXCERPT = 200;

    private HttpErrors() {
    }

    /**
     * Returns {@code response} unchanged unless its status is 4xx or 5xx; then throws the exception
     * for that status, whose message names the method, the URL, the status and the first 200
     * characters of the body.
     *
     * @throws UnauthorizedException for 401
     * @throws ForbiddenException    for 403
     * @throws NotFoundException     for 404
     * @throws ConflictException     for 409
     * @throws RateLimitedException  for 429, with the wait Retry-After asks for
     * @throws ClientErrorException  for any other 4xx
     * @throws ServerErrorException  for any 5xx
     */
    public static HttpResponse<String> raiseForStatus(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status < 400 || status > 599) {
            return response;
        }
        String message = message(response);
        throw switch (status) {
            case 401 -> new UnauthorizedException(message, response);
            case 403 -> new ForbiddenException(message, response);
            case 404 -> new NotFoundException(message, response);
            case 409 -> new ConflictException(message, response);
            case 429 -> new RateLimitedException(message, response,
                    RetryAfter.parse(response.headers(), Clock.systemUTC()));
            default -> status < 500 ? new ClientErrorException(message, response) : new ServerErrorException(message, response);
        };
    }

    private static String message(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        String excerpt = body.length() > BODY_EXCERPT ? body.substring(0, BODY_EXCERPT) + "..." : body;
        return response.request().method() + " " + response.uri() + " answered " + response.statusCode()
                + (excerpt.isEmpty() ? "" : ": " + excerpt);
    }
}
