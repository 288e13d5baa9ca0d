package dev.apikata.kit.mistakes;

import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.ModuleRunner;
import dev.apikata.kit.runner.TestOutcome;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * What happened when a known mistake was put into the reference solution and the tests of its task
 * were run against it.
 *
 * @param problem    why it could not be tried: it does not fit the solution, or it does not compile
 * @param rejections every test of the task that failed, and how
 * @param messages   the failure messages of those tests
 */
public record MistakeTrial(KnownMistake mistake, Optional<Problem> problem, List<KnownMistake.Rejection> rejections,
        List<String> messages) {

    public MistakeTrial {
        rejections = List.copyOf(rejections);
        messages = List.copyOf(messages);
    }

    /** Why a mistake could not be tried. */
    public record Problem(Kind kind, String message) {
        public enum Kind {
            /** It names a method the solution does not have, or more than one. */
            NOT_APPLICABLE,
            /** The solution with the mistake in it does not compile. */
            DOES_NOT_COMPILE
        }
    }

    /** Applies {@code mistake} to a copy of the module's solution and runs its task's tests against it. */
    public static MistakeTrial run(ExerciseModule module, KnownMistake mistake, ModuleRunner runner) {
        Path work = module.directory().resolve("target/kit/mistake");
        Path sources = work.resolve("src");
        try {
            MistakeApplier.apply(mistake, module.solutionSources(), sources);
        } catch (MistakeApplier.NotApplicable e) {
            return new MistakeTrial(mistake, Optional.of(new Problem(Problem.Kind.NOT_APPLICABLE, e.getMessage())),
                    List.of(), List.of());
        }
        CompiledModule compiled = runner.compile(module, Implementation.SOLUTIONS, sources, work.resolve("classes"));
        if (!compiled.succeeded()) {
            return new MistakeTrial(mistake, Optional.of(new Problem(Problem.Kind.DOES_NOT_COMPILE,
                    compiled.errors().get(0).summary(sources))), List.of(), List.of());
        }
        List<TestOutcome> failed = runner.testTask(compiled, mistake.task()).tests().stream()
                .filter(TestOutcome::failed)
                .toList();
        return new MistakeTrial(mistake, Optional.empty(),
                failed.stream().map(test -> new KnownMistake.Rejection(test.displayName(), test.kind().label())).toList(),
                failed.stream().map(TestOutcome::message).toList());
    }

    /** True if at least one test of the mistake's task rejects it. */
    public boolean caught() {
        return problem.isEmpty() && !rejections.isEmpty();
    }

    /** True if the mistake needs no evidence, or a failure message shows it. */
    public boolean showsEvidence() {
        return mistake.evidencePattern().isEmpty() || mistake.evidenceIn(messages);
    }

    /** True if the catalogue's {@code rejected-by} lists exactly the tests that failed now. */
    public boolean matchesRecord() {
        return new HashSet<>(rejections).equals(new HashSet<>(mistake.rejectedBy()));
    }
}
