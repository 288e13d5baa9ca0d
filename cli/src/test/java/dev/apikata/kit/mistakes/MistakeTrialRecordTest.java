package dev.apikata.kit.mistakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Localized;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A trial matches the catalogue's record of the tests that reject its mistake, on every system. */
class MistakeTrialRecordTest {

    private static final KnownMistake.Rejection PORTABLE = new KnownMistake.Rejection("a client that cannot connect", "assertion");
    private static final KnownMistake.Rejection LINUX_ONLY = new KnownMistake.Rejection("a port that never answers", "assertion");
    private static final KnownMistake MISTAKE = new KnownMistake("06.2-x", "06.2", null, new Localized("ja", "en"),
            null, null, null, List.of(PORTABLE, LINUX_ONLY));

    private static MistakeTrial trial(List<KnownMistake.Rejection> rejections, Set<String> skipped) {
        return new MistakeTrial(MISTAKE, Optional.empty(), rejections, List.of(), skipped);
    }

    @Test
    @DisplayName("where every recorded test ran, all of them must reject the mistake")
    void everyRecordedTestMustReject() {
        assertThat(trial(List.of(PORTABLE, LINUX_ONLY), Set.of()).matchesRecord()).isTrue();
        assertThat(trial(List.of(PORTABLE), Set.of()).matchesRecord()).as("one recorded test passed").isFalse();
        assertThat(trial(List.of(PORTABLE, LINUX_ONLY, new KnownMistake.Rejection("another", "assertion")), Set.of())
                .matchesRecord()).as("a test not in the record failed too").isFalse();
    }

    @Test
    @DisplayName("a recorded test skipped on this system (Windows) is not expected to reject; the others still are")
    void aSkippedTestIsLeftOut() {
        assertThat(trial(List.of(PORTABLE), Set.of(LINUX_ONLY.test())).matchesRecord()).isTrue();
        assertThat(trial(List.of(), Set.of(LINUX_ONLY.test())).matchesRecord()).as("the portable test passed").isFalse();
    }

    @Test
    @DisplayName("recording on a system that skips a test keeps that test in the record, and drops a test that no longer rejects")
    void recordingKeepsWhatThisSystemCouldNotRun() {
        assertThat(trial(List.of(PORTABLE), Set.of(LINUX_ONLY.test())).recordedRejections())
                .containsExactlyInAnyOrder(PORTABLE, LINUX_ONLY);
        assertThat(trial(List.of(PORTABLE), Set.of()).recordedRejections()).as("the Linux test ran and passed")
                .containsExactly(PORTABLE);
    }
}
