package dev.apikata.mock.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.mock.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2023-01-01T00:00:00Z"));
    private final TokenBucket bucket = new TokenBucket(3, 0.5, clock);

    @Test
    @DisplayName("allows a burst of 'capacity' requests, then says how long to wait")
    void burstThenWait() {
        assertThat(bucket.tryTake().remaining()).isEqualTo(2);
        bucket.tryTake();
        assertThat(bucket.tryTake().allowed()).isTrue();

        TokenBucket.Decision denied = bucket.tryTake();

        assertThat(denied.allowed()).isFalse();
        assertThat(denied.remaining()).isZero();
        assertThat(denied.retryAfterSeconds()).isEqualTo(2);
        assertThat(denied.resetEpochSeconds()).isEqualTo(Instant.parse("2023-01-01T00:00:06Z").getEpochSecond());
    }

    @Test
    @DisplayName("refills with time, never above capacity")
    void refills() {
        for (int i = 0; i < 3; i++) {
            bucket.tryTake();
        }
        clock.advance(Duration.ofSeconds(2));
        assertThat(bucket.tryTake().allowed()).isTrue();
        assertThat(bucket.tryTake().allowed()).isFalse();

        clock.advance(Duration.ofHours(1));
        assertThat(bucket.tryTake().remaining()).isEqualTo(2);
    }
}
