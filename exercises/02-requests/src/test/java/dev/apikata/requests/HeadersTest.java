package dev.apikata.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.LearnerFeedback;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Module 02, task 02.4: default headers merged with the headers of one call. The result may keep
 * either spelling of a name; what matters is that each name is there once, with the right value.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:02.4")
@DisplayName("02.4 Headers.merge: defaults and per-call headers")
class HeadersTest {

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new HashMap<>();
        defaults.put("Accept", "application/json");
        defaults.put("User-Agent", "InfraAutomation/1.0");
        return defaults;
    }

    /** The values of {@code name} in {@code headers}, whatever the spelling of the name. */
    private static List<String> valuesOf(Map<String, String> headers, String name) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getValue)
                .toList();
    }

    @Test
    @DisplayName("without per-call headers, the defaults are sent as they are")
    void defaultsAlone() {
        Map<String, String> merged = Headers.merge(defaults(), Map.of());

        assertThat(merged).as("merge({Accept, User-Agent}, {})").hasSize(2);
        assertThat(valuesOf(merged, "Accept")).as("Accept").containsExactly("application/json");
        assertThat(valuesOf(merged, "User-Agent")).as("User-Agent").containsExactly("InfraAutomation/1.0");
    }

    @Test
    @DisplayName("a per-call header is added to the defaults")
    void perCallAdded() {
        Map<String, String> merged = Headers.merge(defaults(), Map.of("X-Request-Id", "run-42"));

        assertThat(merged).as("merge({Accept, User-Agent}, {X-Request-Id})").hasSize(3);
        assertThat(valuesOf(merged, "X-Request-Id")).as("X-Request-Id").containsExactly("run-42");
        assertThat(valuesOf(merged, "Accept")).as("Accept").containsExactly("application/json");
    }

    @Test
    @DisplayName("the per-call value wins over the default of the same name")
    void perCallWins() {
        Map<String, String> merged = Headers.merge(defaults(), Map.of("User-Agent", "nightly-backup/2.3"));

        assertThat(valuesOf(merged, "User-Agent")).as("User-Agent after merge(..., {User-Agent: nightly-backup/2.3})")
                .containsExactly("nightly-backup/2.3");
    }

    @Test
    @DisplayName("names are case-insensitive: \"accept\" replaces \"Accept\" instead of adding a second one")
    void namesIgnoreCase() {
        Map<String, String> merged = Headers.merge(defaults(), Map.of("accept", "text/csv"));

        assertThat(valuesOf(merged, "Accept")).as("every Accept header after merge({Accept: application/json}, {accept: text/csv})")
                .containsExactly("text/csv");
        assertThat(merged).as("merge(...) with two defaults, one of them overridden").hasSize(2);
    }

    @Test
    @DisplayName("the defaults are not changed, so the next call starts from them again")
    void defaultsUnchanged() {
        Map<String, String> defaults = defaults();
        Map<String, String> perCall = new HashMap<>(Map.of("accept", "text/csv", "X-Request-Id", "run-42"));

        Headers.merge(defaults, perCall);

        assertThat(defaults).as("the defaults after a merge").isEqualTo(defaults());
        assertThat(perCall).as("the per-call headers after a merge").isEqualTo(Map.of("accept", "text/csv", "X-Request-Id", "run-42"));
    }
}
