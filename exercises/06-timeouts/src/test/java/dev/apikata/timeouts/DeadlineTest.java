package dev.apikata.timeouts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.LearnerFeedback;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Module 06, task 06.5: a deadline on the test's clock, which moves only when the test says so. */
@ExtendWith(LearnerFeedback.class)
@Tag("task:06.5")
@DisplayName("06.5 Deadline: the time left for a whole call")
class DeadlineTest {

    private final FakeTime time = FakeTime.stopped(Instant.parse("2025-03-01T12:00:00Z"));
    private final Deadline deadline = Deadline.after(Duration.ofSeconds(10), time);

    @Test
    @DisplayName("a fresh 10 s deadline has 10 s left; 3 s later by the clock, 7 s")
    void remaining() {
        assertThat(deadline.remaining()).as("remaining() at once").isEqualTo(Duration.ofSeconds(10));

        time.advance(Duration.ofSeconds(3));

        assertThat(deadline.remaining()).as("remaining() after the clock moved 3 s").isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    @DisplayName("a passed deadline has no time left, never negative time")
    void neverNegative() {
        time.advance(Duration.ofSeconds(12));

        assertThat(deadline.remaining()).as("remaining() 2 s after the deadline").isEqualTo(Duration.ZERO);
    }

    @Test
    @DisplayName("expired only once the time is up: not at 9.999 s, yes at 10 s")
    void expired() {
        time.advance(Duration.ofMillis(9_999));
        assertThat(deadline.expired()).as("expired() 1 ms before the deadline").isFalse();

        time.advance(Duration.ofMillis(1));
        assertThat(deadline.expired()).as("expired() at the deadline").isTrue();
    }

    @Test
    @DisplayName("cap keeps a limit shorter than the time left and cuts a longer one to it")
    void cap() {
        time.advance(Duration.ofSeconds(6));

        assertThat(deadline.cap(Duration.ofSeconds(1))).as("cap(1 s) with 4 s left").isEqualTo(Duration.ofSeconds(1));
        assertThat(deadline.cap(Duration.ofSeconds(30))).as("cap(30 s) with 4 s left").isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    @DisplayName("a pause leaves time for an attempt only if it ends before the deadline")
    void leavesTimeFor() {
        time.advance(Duration.ofSeconds(5));

        assertThat(deadline.leavesTimeFor(Duration.ofMillis(4_900))).as("leavesTimeFor(4.9 s) with 5 s left").isTrue();
        assertThat(deadline.leavesTimeFor(Duration.ofSeconds(5))).as("leavesTimeFor(5 s) with 5 s left").isFalse();
        assertThat(deadline.leavesTimeFor(Duration.ofSeconds(6))).as("leavesTimeFor(6 s) with 5 s left").isFalse();
    }

    @Test
    @DisplayName("after the deadline no pause leaves time, not even a zero one")
    void nothingAfterTheDeadline() {
        time.advance(Duration.ofSeconds(11));

        assertThat(deadline.leavesTimeFor(Duration.ZERO)).as("leavesTimeFor(0) after the deadline").isFalse();
        assertThat(deadline.cap(Duration.ofSeconds(1))).as("cap(1 s) after the deadline").isEqualTo(Duration.ZERO);
    }
}
