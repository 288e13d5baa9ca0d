package dev.apikata.http.status;

import dev.apikata.course.NotDoneYet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a status code says, before looking at anything else of the answer. Chapter 03, sections
 * {@code #status-families} and {@code #status-reference}.
 */
public final class StatusCodes {

    private StatusCodes() {
    }

    /**
     * The family of {@code code}, from its first digit. Chapter section {@code #status-families}.
     *
     * @throws IllegalArgumentException if {@code code} is not between 100 and 599
     */
    public static StatusFamily family(int code) {
        throw NotDoneYet.task("03.1");
    }

    /** Whether {@code code} is a 2xx. */
    public static boolean isSuccess(int code) {
        throw NotDoneYet.task("03.1");
    }

    /** Whether {@code code} is a 4xx. */
    public static boolean isClientError(int code) {
        throw NotDoneYet.task("03.1");
    }

    /** Whether {@code code} is a 5xx. */
    public static boolean isServerError(int code) {
        throw NotDoneYet.task("03.1");
    }

    /**
     * Whether the same request may well succeed if sent again later, unchanged: 408, 429, 500,
     * 502, 503 and 504. (Whether it is safe to send again is the method's business: module 01.)
     */
    public static boolean isRetryable(int code) {
        throw NotDoneYet.task("03.1");
    }

    /**
     * The reason phrase of a code of the chapter's reference ({@code 404} gives {@code "Not Found"});
     * empty for a code the reference does not list. Chapter section {@code #status-reference}.
     */
    public static Optional<String> reasonPhrase(int code) {
        throw NotDoneYet.task("03.2");
    }

    /**
     * What a client does next with {@code code}, as the chapter's table says. A code the table
     * does not list is treated like the x00 code of its family (RFC 9110, section 15).
     *
     * @throws IllegalArgumentException if {@code code} is not between 100 and 599
     */
    public static ClientAction advice(int code) {
        throw NotDoneYet.task("03.2");
    }
}
