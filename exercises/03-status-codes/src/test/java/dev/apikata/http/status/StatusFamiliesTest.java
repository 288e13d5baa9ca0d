package dev.apikata.http.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.apikata.course.LearnerFeedback;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module 03, task 03.1: the five classes of status code, and which codes are worth sending again.
 * The predicates are checked on many codes at once, so a failure lists exactly the ones on the
 * wrong side.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:03.1")
@DisplayName("03.1 StatusCodes: families, success, client and server errors, retryable")
class StatusFamiliesTest {

    // The first and last code of every class, and a few well-known ones in between.
    private static final List<Integer> SAMPLE =
            List.of(100, 102, 199, 200, 201, 204, 299, 300, 301, 304, 399, 400, 401, 404, 429, 499, 500, 503, 511, 599);

    @ParameterizedTest(name = "{0} belongs to {1}")
    @CsvSource({
        "100, INFORMATIONAL", "199, INFORMATIONAL",
        "200, SUCCESSFUL", "299, SUCCESSFUL",
        "300, REDIRECTION", "304, REDIRECTION", "399, REDIRECTION",
        "400, CLIENT_ERROR", "499, CLIENT_ERROR",
        "500, SERVER_ERROR", "599, SERVER_ERROR"})
    void familyFromTheFirstDigit(int code, StatusFamily family) {
        assertThat(StatusCodes.family(code)).as("family(%d)", code).isEqualTo(family);
    }

    @ParameterizedTest(name = "{0} is not a status code: IllegalArgumentException")
    @ValueSource(ints = {99, 600, 0, -404, 1000})
    void outsideTheRangeIsRejected(int code) {
        assertThatIllegalArgumentException().as("family(%d)", code).isThrownBy(() -> StatusCodes.family(code));
    }

    @Test
    @DisplayName("exactly the 2xx codes are a success: not 1xx, not 3xx such as 304")
    void successIsTwoHundreds() {
        assertThat(SAMPLE).as("the codes for which isSuccess(...) returns true")
                .filteredOn(StatusCodes::isSuccess)
                .containsExactly(200, 201, 204, 299);
    }

    @Test
    @DisplayName("exactly the 4xx codes are client errors")
    void clientErrorsAreFourHundreds() {
        assertThat(SAMPLE).as("the codes for which isClientError(...) returns true")
                .filteredOn(StatusCodes::isClientError)
                .containsExactly(400, 401, 404, 429, 499);
    }

    @Test
    @DisplayName("exactly the 5xx codes are server errors")
    void serverErrorsAreFiveHundreds() {
        assertThat(SAMPLE).as("the codes for which isServerError(...) returns true")
                .filteredOn(StatusCodes::isServerError)
                .containsExactly(500, 503, 511, 599);
    }

    @Test
    @DisplayName("of the reference's 35 codes, exactly 408, 429, 500, 502, 503 and 504 are retryable")
    void retryableCodes() {
        assertThat(StatusReference.CODES).as("the reference codes for which isRetryable(...) returns true")
                .filteredOn(StatusCodes::isRetryable)
                .containsExactly(408, 429, 500, 502, 503, 504);
    }
}
