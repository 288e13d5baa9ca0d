package dev.apikata.retries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.LearnerFeedback;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Module 05, task 05.3: the two forms of Retry-After. "Now" is the test's fixed clock, so an
 * HTTP-date gives an exact wait.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:05.3")
@DisplayName("05.3 RetryAfter: delta-seconds and HTTP-dates")
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    // 90 seconds after NOW, as a server writes it (IMF-fixdate, RFC 9110 section 5.6.7).
    private static final String IN_90_SECONDS = "Sat, 01 Mar 2025 12:01:30 GMT";

    @Test
    @DisplayName("delta-seconds: \"120\" asks for two minutes, \"0\" for no wait")
    void deltaSeconds() {
        assertThat(RetryAfter.parse("120", CLOCK)).as("RetryAfter.parse(\"120\")").contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse("0", CLOCK)).as("RetryAfter.parse(\"0\")").contains(Duration.ZERO);
    }

    @Test
    @DisplayName("an HTTP-date 90 s after now asks for 90 s")
    void httpDate() {
        assertThat(RetryAfter.parse(IN_90_SECONDS, CLOCK)).as("RetryAfter.parse(\"%s\") at %s", IN_90_SECONDS, NOW)
                .contains(Duration.ofSeconds(90));
    }

    @Test
    @DisplayName("an HTTP-date is measured from the injected clock, not from the machine's")
    void httpDateUsesTheClock() {
        Clock aMinuteLater = Clock.offset(CLOCK, Duration.ofMinutes(1));

        assertThat(RetryAfter.parse(IN_90_SECONDS, aMinuteLater)).as("RetryAfter.parse(\"%s\") at 12:01:00", IN_90_SECONDS)
                .contains(Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("an HTTP-date in the past asks for no wait, never for a negative one")
    void pastDate() {
        assertThat(RetryAfter.parse("Sat, 01 Mar 2025 11:58:00 GMT", CLOCK)).as("RetryAfter.parse(a date 2 minutes ago)")
                .contains(Duration.ZERO);
    }

    @Test
    @DisplayName("a value in neither form is no answer: \"soon\", \"-5\", \"+5\", \"1.5\", \"2 minutes\", \"\", an ISO date, a date without a time")
    void neitherForm() {
        List<String> notRetryAfter = List.of("soon", "-5", "+5", "1.5", "2 minutes", "", "2025-03-01T12:01:30Z", "Sat, 01 Mar 2025");

        assertThat(notRetryAfter).as("values for which RetryAfter.parse(...) returned a wait, although they are not Retry-After values")
                .filteredOn(value -> RetryAfter.parse(value, CLOCK).isPresent())
                .isEmpty();
    }

    @Test
    @DisplayName("a delay too large for an int is still read: 99999999999 seconds")
    void largeDelta() {
        assertThat(RetryAfter.parse("99999999999", CLOCK)).as("RetryAfter.parse(\"99999999999\")")
                .contains(Duration.ofSeconds(99_999_999_999L));
    }
}
