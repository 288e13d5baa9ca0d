package dev.apikata.kit.worker;

import dev.apikata.kit.runner.TestOutcome;
import java.util.List;

/**
 * Everything one run produced, one outcome per test even when a worker died on the way.
 *
 * @param setupFailures containers whose set-up failed or that were running when a worker died
 * @param output        what the tests printed, capped
 * @param notices       what the learner should know besides the outcomes (a restarted worker, a stray thread)
 */
public record WorkerReport(List<TestOutcome> tests, List<TestOutcome> setupFailures, String output,
        List<String> notices) {

    public WorkerReport {
        tests = List.copyOf(tests);
        setupFailures = List.copyOf(setupFailures);
        output = output == null ? "" : output;
        notices = List.copyOf(notices);
    }
}
