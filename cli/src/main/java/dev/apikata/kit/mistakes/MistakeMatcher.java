package dev.apikata.kit.mistakes;

import dev.apikata.kit.runner.FailureKind;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TestOutcome;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells whether a learner's failures look like a known mistake: the tests of the task that fail,
 * and how each fails, are exactly those the mistake's record lists. When several mistakes fail the
 * same tests the same way, one whose evidence the failure messages show wins over those without
 * evidence. A task the learner has not started (its tests reach the stub) never matches.
 */
public final class MistakeMatcher {

    private MistakeMatcher() {
    }

    /** The known mistakes of {@code taskId} whose fingerprint is the learner's run; usually none or one. */
    public static List<KnownMistake> match(MistakeCatalogue catalogue, RunResult run, String taskId) {
        List<TestOutcome> failed = run.tests().stream()
                .filter(TestOutcome::failed)
                .filter(test -> test.taskId().filter(taskId::equals).isPresent())
                .toList();
        Set<KnownMistake.Rejection> failing = failed.stream()
                .map(test -> new KnownMistake.Rejection(test.displayName(), test.kind().label()))
                .collect(Collectors.toSet());
        if (failing.isEmpty() || failing.stream().anyMatch(r -> r.failure().equals(FailureKind.NOT_DONE.label()))) {
            return List.of();
        }
        List<String> messages = failed.stream().map(TestOutcome::message).toList();
        List<KnownMistake> sameFailures = catalogue.ofTask(taskId).stream()
                .filter(mistake -> Set.copyOf(mistake.rejectedBy()).equals(failing))
                .toList();
        List<KnownMistake> evidenced = sameFailures.stream().filter(mistake -> mistake.evidenceIn(messages)).toList();
        return !evidenced.isEmpty() ? evidenced
                : sameFailures.stream().filter(mistake -> mistake.evidencePattern().isEmpty()).toList();
    }
}
