package dev.apikata.http.methods;

import dev.apikata.course.NotDoneYet;
import java.util.Set;

/**
 * What RFC 9110 promises about each HTTP method. Module 05 (retries) reuses this class to decide
 * which requests may be sent again. Chapter 01, section
 * {@code #safe-and-idempotent}.
 */
public final class HttpMethods {

    private HttpMethods() {
    }

    /**
     * Whether {@code method} is safe: the client asks for nothing to change on the server
     * (RFC 9110, section 9.2.1). Method names are case-sensitive; an unknown method is not safe.
     */
    public static boolean isSafe(String method) {
        throw NotDoneYet.task("01.1");
    }

    /**
     * Whether {@code method} is idempotent: sending it several times has the same effect on the
     * server as sending it once (RFC 9110, section 9.2.2). An unknown method is not idempotent.
     */
    public static boolean isIdempotent(String method) {
        throw NotDoneYet.task("01.1");
    }
}
