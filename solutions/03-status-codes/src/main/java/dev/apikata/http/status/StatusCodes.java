package dev.apikata.http.status;

import static dev.apikata.http.status.ClientAction.ASK_FOR_ACCESS;
import static dev.apikata.http.status.ClientAction.ASSEMBLE_RANGES;
import static dev.apikata.http.status.ClientAction.AUTHENTICATE;
import static dev.apikata.http.status.ClientAction.AWAIT_FINAL_RESPONSE;
import static dev.apikata.http.status.ClientAction.FIX_REQUEST;
import static dev.apikata.http.status.ClientAction.FOLLOW_REDIRECT;
import static dev.apikata.http.status.ClientAction.NO_BODY_TO_READ;
import static dev.apikata.http.status.ClientAction.POLL_STATUS;
import static dev.apikata.http.status.ClientAction.READ_LOCATION;
import static dev.apikata.http.status.ClientAction.REPORT;
import static dev.apikata.http.status.ClientAction.RESOLVE_CONFLICT;
import static dev.apikata.http.status.ClientAction.RETRY_LATER;
import static dev.apikata.http.status.ClientAction.TREAT_AS_ABSENT;
import static dev.apikata.http.status.ClientAction.USE_BODY;
import static dev.apikata.http.status.ClientAction.USE_CACHED_COPY;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a status code says, before looking at anything else of the answer. Chapter 03, sections
 * {@code #status-families} and {@code #status-reference}.
 */
public final class StatusCodes {

    private static final Set<Integer> RETRYABLE = Set.of(408, 429, 500, 502, 503, 504);

    private record Entry(String reason, ClientAction action) {
    }

    private static final Map<Integer, Entry> REFERENCE = Map.ofEntries(
            Map.entry(100, new Entry("Continue", AWAIT_FINAL_RESPONSE)),
            Map.entry(101, new Entry("Switching Protocols", AWAIT_FINAL_RESPONSE)),
            Map.entry(102, new Entry("Processing", AWAIT_FINAL_RESPONSE)),
            Map.entry(200, new Entry("OK", USE_BODY)),
            Map.entry(201, new Entry("Created", READ_LOCATION)),
            Map.entry(202, new Entry("Accepted", POLL_STATUS)),
            Map.entry(204, new Entry("No Content", NO_BODY_TO_READ)),
            Map.entry(206, new Entry("Partial Content", ASSEMBLE_RANGES)),
            Map.entry(301, new Entry("Moved Permanently", FOLLOW_REDIRECT)),
            Map.entry(302, new Entry("Found", FOLLOW_REDIRECT)),
            Map.entry(304, new Entry("Not Modified", USE_CACHED_COPY)),
            Map.entry(307, new Entry("Temporary Redirect", FOLLOW_REDIRECT)),
            Map.entry(308, new Entry("Permanent Redirect", FOLLOW_REDIRECT)),
            Map.entry(400, new Entry("Bad Request", FIX_REQUEST)),
            Map.entry(401, new Entry("Unauthorized", AUTHENTICATE)),
            Map.entry(403, new Entry("Forbidden", ASK_FOR_ACCESS)),
            Map.entry(404, new Entry("Not Found", TREAT_AS_ABSENT)),
            Map.entry(405, new Entry("Method Not Allowed", FIX_REQUEST)),
            Map.entry(406, new Entry("Not Acceptable", FIX_REQUEST)),
            Map.entry(408, new Entry("Request Timeout", RETRY_LATER)),
            Map.entry(409, new Entry("Conflict", RESOLVE_CONFLICT)),
            Map.entry(410, new Entry("Gone", TREAT_AS_ABSENT)),
            Map.entry(413, new Entry("Content Too Large", FIX_REQUEST)),
            Map.entry(414, new Entry("URI Too Long", FIX_REQUEST)),
            Map.entry(415, new Entry("Unsupported Media Type", FIX_REQUEST)),
            Map.entry(422, new Entry("Unprocessable Content", FIX_REQUEST)),
            Map.entry(423, new Entry("Locked", RESOLVE_CONFLICT)),
            Map.entry(429, new Entry("Too Many Requests", RETRY_LATER)),
            Map.entry(500, new Entry("Internal Server Error", RETRY_LATER)),
            Map.entry(501, new Entry("Not Implemented", REPORT)),
            Map.entry(502, new Entry("Bad Gateway", RETRY_LATER)),
            Map.entry(503, new Entry("Service Unavailable", RETRY_LATER)),
            Map.entry(504, new Entry("Gateway Timeout", RETRY_LATER)),
            Map.entry(507, new Entry("Insufficient Storage", REPORT)),
            Map.entry(511, new Entry("Network Authentication Required", REPORT)));

    private StatusCodes() {
    }

    /**
     * The family of {@code code}, from its first digit. Chapter section {@code #status-families}.
     *
     * @throws IllegalArgumentException if {@code code} is not between 100 and 599
     */
    public static StatusFamily family(int code) {
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException("not an HTTP status code: " + code);
        }
        return StatusFamily.values()[code / 100 - 1];
    }

    /** Whether {@code code} is a 2xx. */
    public static boolean isSuccess(int code) {
        return code >= 200 && code <= 299;
    }

    /** Whether {@code code} is a 4xx. */
    public static boolean isClientError(int code) {
        return code >= 400 && code <= 499;
    }

    /** Whether {@code code} is a 5xx. */
    public static boolean isServerError(int code) {
        return code >= 500 && code <= 599;
    }

    /**
     * Whether the same request may well succeed if sent again later, unchanged: 408, 429, 500,
     * 502, 503 and 504. (Whether it is safe to send again is the method's business: module 01.)
     */
    public static boolean isRetryable(int code) {
        return RETRYABLE.contains(code);
    }

    /**
     * The reason phrase of a code of the chapter's reference ({@code 404} gives {@code "Not Found"});
     * empty for a code the reference does not list. Chapter section {@code #status-reference}.
     */
    public static Optional<String> reasonPhrase(int code) {
        return Optional.ofNullable(REFERENCE.get(code)).map(Entry::reason);
    }

    /**
     * What a client does next with {@code code}, as the chapter's table says. A code the table
     * does not list is treated like the x00 code of its family (RFC 9110, section 15).
     *
     * @throws IllegalArgumentException if {@code code} is not between 100 and 599
     */
    public static ClientAction advice(int code) {
        family(code);
        Entry entry = REFERENCE.get(code);
        if (entry != null) {
            return entry.action();
        }
        // An unknown code means what the x00 of its family means; 300 is not in the table either.
        int generic = code / 100 * 100;
        return generic == 300 ? FOLLOW_REDIRECT : REFERENCE.get(generic).action();
    }
}
