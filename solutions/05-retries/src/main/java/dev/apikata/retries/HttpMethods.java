package dev.apikata.retries;

import java.util.Set;

/**
 * What RFC 9110 promises about each HTTP method. Given: you built this in module 01 (task 01.1);
 * this finished copy decides which requests {@link RetryPolicy#defaults()} may send again.
 */
public final class HttpMethods {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");

    private HttpMethods() {
    }

    /**
     * Whether {@code method} is safe: the client asks for nothing to change on the server
     * (RFC 9110, section 9.2.1). Method names are case-sensitive; an unknown method is not safe.
     */
    public static boolean isSafe(String method) {
        return SAFE.contains(method);
    }

    /**
     * Whether {@code method} is idempotent: sending it several times has the same effect on the
     * server as sending it once (RFC 9110, section 9.2.2). An unknown method is not idempotent.
     */
    public static boolean isIdempotent(String method) {
        return IDEMPOTENT.contains(method);
    }
}
