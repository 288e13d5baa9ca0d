package dev.apikata.http.methods;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.LearnerFeedback;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Module 01, task 01.1: the method properties RFC 9110 defines. Each test classifies many methods
 * at once, so a failure lists exactly which ones were put on the wrong side.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:01.1")
@DisplayName("01.1 HttpMethods: safe and idempotent methods (RFC 9110)")
class HttpMethodsTest {

    // The registered methods, plus PURGE, which some caches accept but RFC 9110 does not define.
    private static final List<String> METHODS =
            List.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE", "POST", "PATCH", "CONNECT", "PURGE");

    // Method names are case-sensitive (RFC 9110, section 9.1): none of these is a method a client may treat as GET.
    private static final List<String> NOT_METHOD_NAMES = List.of("get", "Get", "head", "options", "trace", "put",
            "Delete", "delete", "");

    @Test
    @DisplayName("exactly GET, HEAD, OPTIONS and TRACE are safe")
    void safeMethods() {
        assertThat(METHODS).as("the methods for which isSafe(...) returns true")
                .filteredOn(HttpMethods::isSafe)
                .containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS", "TRACE");
    }

    @Test
    @DisplayName("the safe methods plus PUT and DELETE are idempotent; POST, PATCH, CONNECT and unknown ones are not")
    void idempotentMethods() {
        assertThat(METHODS).as("the methods for which isIdempotent(...) returns true")
                .filteredOn(HttpMethods::isIdempotent)
                .containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");
    }

    @Test
    @DisplayName("method names are case-sensitive: \"get\" is neither safe nor idempotent")
    void namesAreCaseSensitive() {
        assertThat(NOT_METHOD_NAMES).as("names for which isSafe(...) returns true, although they are not GET, HEAD...")
                .filteredOn(HttpMethods::isSafe)
                .isEmpty();
        assertThat(NOT_METHOD_NAMES).as("names for which isIdempotent(...) returns true, although they are not PUT, DELETE...")
                .filteredOn(HttpMethods::isIdempotent)
                .isEmpty();
    }
}
