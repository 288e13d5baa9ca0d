package dev.apikata.kit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimingsTest {

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @Test
    void medianOfAnOddAndAnEvenNumberOfSamples() {
        assertThat(new Timings(List.of(ms(900), ms(100), ms(300))).median()).isEqualTo(ms(300));
        assertThat(new Timings(List.of(ms(400), ms(100), ms(300), ms(1000))).median()).isEqualTo(ms(350));
    }

    @Test
    void minAndMax() {
        Timings timings = new Timings(List.of(ms(400), ms(100), ms(300)));
        assertThat(timings.min()).isEqualTo(ms(100));
        assertThat(timings.max()).isEqualTo(ms(400));
    }
}
