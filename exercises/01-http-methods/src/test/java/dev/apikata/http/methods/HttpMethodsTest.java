package dev.apikata.http.methods;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.LearnerFeedback;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Module 01, task 01.8: the method properties RFC 9110 defines. Each test classifies every method
 * at once, so a failure lists exactly which methods were put on the wrong side.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:01.8")
@DisplayName("01.8 HttpMethods: safe and idempotent methods (RFC 9110)")
class HttpMethodsTest {

    // The registered methods, plus PURGE, which some caches accept but RFC 9110 does not define.
    private static final List<String> METHODS =
            List.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE", "POST", "PATCH", "CONNECT", "PURGE");

    @Test
    @DisplayName("exactly GET, HEAD, OPTIONS and TRACE are safe")
    void safeMethods() {
        assertThat(METHODS).as("the methods for which isSafe(...) returns true")
                .filteredOn(HttpMethods::isSafe)
                .containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS", "TRACE");
    }

    @Test
    @DisplayName("the safe methods plus PUT and DELETE are idempotent; POST and PATCH are not")
    void idempotentMethods() {
        assertThat(METHODS).as("the methods for which isIdempotent(...) returns true")
                .filteredOn(HttpMethods::isIdempotent)
                .containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");
    }
}
