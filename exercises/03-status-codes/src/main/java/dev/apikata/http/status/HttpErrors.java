package dev.apikata.http.status;

import dev.apikata.course.NotDoneYet;
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
     *                               ({@code RetryAfter.parse(response.headers(), Clock.systemUTC())})
     * @throws ClientErrorException  for any other 4xx
     * @throws ServerErrorException  for any 5xx
     */
    public static HttpResponse<String> raiseForStatus(HttpResponse<String> response) {
        throw NotDoneYet.task("03.3");
    }
}
