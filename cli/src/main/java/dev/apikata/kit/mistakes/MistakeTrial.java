package dev.apikata.kit.mistakes;

import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.FailureKind;
import dev.apikata.kit.runner.ModuleRunner;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TestOutcome;
import dev.apikata.kit.runner.TestStatus;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What happened when a known mistake was put into the reference solution and the tests of its task
 * were run against it.
 *
 * @param problem    why it could not be tried: it does not fit the solution, or it does not compile
 * @param rejections every test of the task that failed, and how
 * @param messages   the failure messages of those tests
 * @param skipped    the tests of the task that did not run on this system (an assumption, such as a
 *                   loopback trick that Windows lacks), which therefore could not reject it here
 */
public record MistakeTrial(KnownMistake mistake, Optional<Problem> problem, List<KnownMistake.Rejection> rejections,
        List<String> messages, Set<String> skipped) {

    // Runs of a task's tests before a trial whose tests did not all run is given up as inconclusive.
    private static final int ATTEMPTS = 3;

    public MistakeTrial {
        rejections = List.copyOf(rejections);
        messages = List.copyOf(messages);
        skipped = Set.copyOf(skipped);
    }

    private static MistakeTrial notTried(KnownMistake mistake, Problem.Kind kind, String message) {
        return new MistakeTrial(mistake, Optional.of(new Problem(kind, message)), List.of(), List.of(), Set.of());
    }

    /** Why a mistake could not be tried. */
    public record Problem(Kind kind, String message) {
        public enum Kind {
            /** It names a method the solution does not have, or more than one. */
            NOT_APPLICABLE,
            /** The solution with the mistake in it does not compile. */
            DOES_NOT_COMPILE,
            /**
             * No test of the task failed, but not every one ran (the worker stopped, a set-up failed),
             * on every attempt: the trial proves nothing either way.
             */
            INCONCLUSIVE
        }
    }

    /**
     * Applies {@code mistake} to a copy of the module's solution and runs its task's tests against it.
     * Only the files the mistake changes are compiled, against {@code solution}: the module's reference
     * solution compiled with its tests, which every trial of the module shares.
     */
    public static MistakeTrial run(CompiledModule solution, KnownMistake mistake, ModuleRunner runner) {
        return run(solution, mistake, runner, solution.module().directory().resolve("target/kit/mistake"));
    }

    /**
     * The same, with the mistaken copy in {@code work}: trials of one module that run at the same time
     * (on runners of their own) each need a folder of their own.
     */
    public static MistakeTrial run(CompiledModule solution, KnownMistake mistake, ModuleRunner runner, Path work) {
        ExerciseModule module = solution.module();
        Path sources = work.resolve("src");
        List<Path> changed;
        try {
            changed = MistakeApplier.apply(mistake, module.solutionSources(), sources);
        } catch (MistakeApplier.NotApplicable e) {
            return notTried(mistake, Problem.Kind.NOT_APPLICABLE, e.getMessage());
        }
        CompiledModule compiled = runner.recompile(solution, sources, changed, work.resolve("classes"));
        if (!compiled.succeeded()) {
            return notTried(mistake, Problem.Kind.DOES_NOT_COMPILE, compiled.errors().get(0).summary(sources));
        }
        RunResult run = runner.testTask(compiled, mistake.task());
        for (int attempt = 1; attempt < ATTEMPTS && inconclusive(run); attempt++) {
            run = runner.testTask(compiled, mistake.task());
        }
        if (inconclusive(run)) {
            return notTried(mistake, Problem.Kind.INCONCLUSIVE, whyInconclusive(run));
        }
        List<TestOutcome> failed = run.tests().stream()
                .filter(TestOutcome::failed)
                .toList();
        return new MistakeTrial(mistake, Optional.empty(),
                failed.stream().map(test -> new KnownMistake.Rejection(test.displayName(), test.kind().label())).toList(),
                failed.stream().map(TestOutcome::message).toList(),
                run.tests().stream().filter(test -> test.status() == TestStatus.SKIPPED && test.kind() != FailureKind.NOT_RUN)
                        .map(TestOutcome::displayName).collect(Collectors.toSet()));
    }

    // A machine under heavy load can stop a worker mid-run; such a run neither catches nor clears a mistake.
    private static boolean inconclusive(RunResult run) {
        boolean anyFailed = run.tests().stream().anyMatch(TestOutcome::failed);
        boolean allRan = !run.tests().isEmpty() && run.setupFailures().isEmpty()
                && run.tests().stream().noneMatch(test -> test.kind() == FailureKind.NOT_RUN);
        return !anyFailed && !allRan;
    }

    private static String whyInconclusive(RunResult run) {
        return Stream.concat(run.setupFailures().stream(),
                        run.tests().stream().filter(test -> test.kind() == FailureKind.NOT_RUN))
                .map(test -> test.name() + ": " + test.message().lines().findFirst().orElse(""))
                .findFirst()
                .orElse("no test of the task ran");
    }

    /** True if at least one test of the mistake's task rejects it. */
    public boolean caught() {
        return problem.isEmpty() && !rejections.isEmpty();
    }

    /** True if the mistake needs no evidence, or a failure message shows it. */
    public boolean showsEvidence() {
        return mistake.evidencePattern().isEmpty() || mistake.evidenceIn(messages);
    }

    /**
     * What {@code kit check --record-mistakes} writes: the tests that rejected the mistake now, and
     * those of the catalogue's record that were skipped on this system, which a run elsewhere saw fail.
     */
    public List<KnownMistake.Rejection> recordedRejections() {
        return Stream.concat(rejections.stream(),
                        mistake.rejectedBy().stream().filter(rejection -> skipped.contains(rejection.test())))
                .distinct()
                .toList();
    }

    /**
     * True if the catalogue's {@code rejected-by} lists exactly the tests that failed now, leaving out
     * those that were skipped on this system.
     */
    public boolean matchesRecord() {
        Set<KnownMistake.Rejection> expected = mistake.rejectedBy().stream()
                .filter(rejection -> !skipped.contains(rejection.test()))
                .collect(Collectors.toSet());
        return new HashSet<>(rejections).equals(expected);
    }
}
