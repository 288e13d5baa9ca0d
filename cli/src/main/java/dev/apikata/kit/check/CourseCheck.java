package dev.apikata.kit.check;

import dev.apikata.course.Task;
import dev.apikata.kit.mistakes.KnownMistake;
import dev.apikata.kit.mistakes.MistakeCatalogue;
import dev.apikata.kit.mistakes.MistakeTrial;
import dev.apikata.kit.mistakes.RejectionRecord;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.runner.CompileError;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.ModuleRunner;
import dev.apikata.kit.runner.RunResult;
import dev.apikata.kit.runner.TestOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Proves the course's invariants for every module (see {@link Invariant}): the stubs compile and
 * fail every test, the solutions pass every test, both have the same public API, and tests and
 * manifest tasks agree. A breach is a result, with the tests or declarations that breach it.
 */
public final class CourseCheck {

    /** Runs a module's known-mistake trials against its compiled solution, in the mistakes' order. */
    @FunctionalInterface
    interface Trials {
        List<MistakeTrial> run(CompiledModule solution, List<KnownMistake> mistakes);
    }

    private final ModuleRunner runner;
    private final Path projectRoot;
    private final boolean recordMistakes;
    private final Trials trials;

    /** @param projectRoot compile errors name their files relative to it */
    public CourseCheck(ModuleRunner runner, Path projectRoot) {
        this(runner, projectRoot, false);
    }

    /**
     * @param recordMistakes rewrite each known mistake's {@code rejected-by} list from this run, instead of
     *                       comparing it ({@code kit check --record-mistakes})
     */
    public CourseCheck(ModuleRunner runner, Path projectRoot, boolean recordMistakes) {
        this(runner, projectRoot, recordMistakes, (solution, mistakes) -> mistakes.stream()
                .map(mistake -> MistakeTrial.run(solution, mistake, runner)).toList());
    }

    private CourseCheck(ModuleRunner runner, Path projectRoot, boolean recordMistakes, Trials trials) {
        this.runner = runner;
        this.projectRoot = projectRoot;
        this.recordMistakes = recordMistakes;
        this.trials = trials;
    }

    /** This check, with its trials put into {@code exchange} for any idle lane to share, as {@code lane}. */
    CourseCheck sharingTrials(TrialExchange exchange, String lane) {
        return new CourseCheck(runner, projectRoot, recordMistakes,
                (solution, mistakes) -> exchange.runAll(solution, mistakes, runner, lane));
    }

    /** Runs one trial that another lane put into {@code exchange}, if one comes within {@code patience}. */
    boolean helpWithTrials(TrialExchange exchange, String lane, Duration patience) {
        return exchange.runOne(runner, lane, patience);
    }

    /** Checks every module of the project, in course order. */
    public static List<ModuleCheck> check(Project project, ModuleRunner runner) {
        CourseCheck check = new CourseCheck(runner, project.root());
        return project.modules().stream().map(check::check).toList();
    }

    public ModuleCheck check(ExerciseModule module) {
        return check(module, module.stubSources());
    }

    /** Checks a module with the stubs in {@code stubSources} (the stubs as handed out, say) instead of its own. */
    public ModuleCheck check(ExerciseModule module, Path stubSources) {
        List<InvariantResult> results = new ArrayList<>();
        CompiledModule stubs = stubSources.equals(module.stubSources()) ? runner.compile(module, Implementation.STUBS)
                : runner.compile(module, Implementation.STUBS, stubSources, module.directory().resolve("target/kit/check-classes"));
        Optional<RunResult> stubRun = stubs.succeeded() ? Optional.of(runner.test(stubs)) : Optional.empty();
        results.add(stubs.succeeded()
                ? InvariantResult.holds(Invariant.STUBS_COMPILE, "")
                : InvariantResult.breached(Invariant.STUBS_COMPILE, "", describe(stubs.errors())));
        results.add(stubRun.map(CourseCheck::failOnStubs)
                .orElseGet(() -> InvariantResult.notChecked(Invariant.TESTS_FAIL_ON_STUBS)));

        Optional<CompiledModule> solutions = module.hasSolutions()
                ? Optional.of(runner.compile(module, Implementation.SOLUTIONS))
                : Optional.empty();
        Optional<RunResult> solutionRun = solutions.filter(CompiledModule::succeeded).map(runner::test);
        results.add(passOnSolutions(module, solutions, solutionRun));
        results.add(sameApi(stubs, solutions));
        results.add(stubRun.or(() -> solutionRun)
                .map(run -> tasksMatchTests(module, run.tests()))
                .orElseGet(() -> InvariantResult.notChecked(Invariant.TASKS_MATCH_TESTS)));
        results.add(solutionRun.filter(RunResult::allPassed)
                .map(run -> mistakesCaught(module, solutions.orElseThrow()))
                .orElseGet(() -> InvariantResult.notChecked(Invariant.MISTAKES_CAUGHT)));
        return new ModuleCheck(module.name(), results);
    }

    // Each mistake in a copy of the solution; its own task's tests must fail, as its record says.
    private InvariantResult mistakesCaught(ExerciseModule module, CompiledModule solution) {
        MistakeCatalogue catalogue = MistakeCatalogue.of(module);
        List<Breach> breaches = new ArrayList<>();
        module.manifest().tasks().stream()
                .filter(task -> catalogue.ofTask(task.id()).isEmpty())
                .forEach(task -> breaches.add(new Breach(Breach.Kind.TASK_WITHOUT_MISTAKE, task.id())));
        int caught = 0;
        for (MistakeTrial trial : trials.run(solution, catalogue.mistakes())) {
            KnownMistake mistake = trial.mistake();
            if (trial.problem().isPresent()) {
                MistakeTrial.Problem problem = trial.problem().get();
                Breach.Kind kind = switch (problem.kind()) {
                    case NOT_APPLICABLE -> Breach.Kind.MISTAKE_NOT_APPLICABLE;
                    case DOES_NOT_COMPILE -> Breach.Kind.MISTAKE_DOES_NOT_COMPILE;
                    case INCONCLUSIVE -> Breach.Kind.MISTAKE_NOT_TRIED;
                };
                breaches.add(new Breach(kind, mistake.id() + ": " + problem.message()));
                continue;
            }
            if (!trial.caught()) {
                breaches.add(new Breach(Breach.Kind.MISTAKE_ESCAPED, mistake.id()));
                continue;
            }
            caught++;
            if (!trial.showsEvidence()) {
                breaches.add(new Breach(Breach.Kind.MISTAKE_EVIDENCE_MISSING,
                        mistake.id() + ": " + mistake.evidence()));
            }
            if (recordMistakes) {
                RejectionRecord.write(MistakeCatalogue.folder(module).resolve(mistake.id() + ".yaml"), trial.recordedRejections());
            } else if (!trial.matchesRecord()) {
                breaches.add(new Breach(Breach.Kind.MISTAKE_RECORD_STALE, mistake.id()));
            }
        }
        breaches.addAll(lookAlikes(catalogue));
        return InvariantResult.of(Invariant.MISTAKES_CAUGHT, caught, catalogue.mistakes().size(), breaches);
    }

    // Two mistakes a learner's failures cannot tell apart: the same record, and no evidence for either.
    private static List<Breach> lookAlikes(MistakeCatalogue catalogue) {
        List<Breach> breaches = new ArrayList<>();
        List<KnownMistake> mistakes = catalogue.mistakes();
        for (int i = 0; i < mistakes.size(); i++) {
            for (int j = i + 1; j < mistakes.size(); j++) {
                KnownMistake first = mistakes.get(i);
                KnownMistake second = mistakes.get(j);
                if (first.task().equals(second.task()) && !first.rejectedBy().isEmpty()
                        && Set.copyOf(first.rejectedBy()).equals(Set.copyOf(second.rejectedBy()))
                        && first.evidencePattern().isEmpty() && second.evidencePattern().isEmpty()) {
                    breaches.add(new Breach(Breach.Kind.MISTAKES_LOOK_ALIKE, first.id() + ", " + second.id()));
                }
            }
        }
        return breaches;
    }

    private static InvariantResult failOnStubs(RunResult run) {
        List<Breach> passing = run.tests().stream().filter(test -> !test.failed())
                .map(test -> new Breach(Breach.Kind.PASSES_ON_STUBS, test.name())).toList();
        return InvariantResult.of(Invariant.TESTS_FAIL_ON_STUBS, run.failedCount(), run.tests().size(),
                run.tests().isEmpty() ? List.of(new Breach(Breach.Kind.NO_TESTS, "")) : passing);
    }

    private InvariantResult passOnSolutions(ExerciseModule module, Optional<CompiledModule> solutions,
            Optional<RunResult> run) {
        if (solutions.isEmpty()) {
            return InvariantResult.breached(Invariant.TESTS_PASS_ON_SOLUTIONS, "",
                    List.of(new Breach(Breach.Kind.NO_SOLUTIONS, projectRoot.relativize(module.solutionSources()).toString())));
        }
        if (run.isEmpty()) {
            return InvariantResult.breached(Invariant.TESTS_PASS_ON_SOLUTIONS, "",
                    describe(solutions.get().errors()));
        }
        List<Breach> failing = Stream.concat(run.get().setupFailures().stream(),
                        run.get().tests().stream().filter(test -> !test.passed()))
                .map(test -> new Breach(Breach.Kind.FAILS_ON_SOLUTIONS, test.name() + ": " + firstLine(test.message())))
                .toList();
        return InvariantResult.of(Invariant.TESTS_PASS_ON_SOLUTIONS, run.get().passedCount(),
                run.get().tests().size(),
                run.get().tests().isEmpty() ? List.of(new Breach(Breach.Kind.NO_TESTS, "")) : failing);
    }

    private static InvariantResult sameApi(CompiledModule stubs, Optional<CompiledModule> solutions) {
        if (!stubs.succeeded() || solutions.isEmpty() || !solutions.get().succeeded()) {
            return InvariantResult.notChecked(Invariant.SAME_PUBLIC_API);
        }
        PublicApi stubApi = PublicApi.of(stubs.output(), stubs.mainClasses());
        PublicApi solutionApi = PublicApi.of(solutions.get().output(), solutions.get().mainClasses());
        List<Breach> differences = new ArrayList<>();
        stubApi.missingFrom(solutionApi).forEach(line -> differences.add(new Breach(Breach.Kind.ONLY_IN_STUBS, line)));
        solutionApi.missingFrom(stubApi)
                .forEach(line -> differences.add(new Breach(Breach.Kind.ONLY_IN_SOLUTIONS, line)));
        String count = stubApi.types().size() + "+" + stubApi.members().size();
        return differences.isEmpty()
                ? InvariantResult.holds(Invariant.SAME_PUBLIC_API, count)
                : InvariantResult.breached(Invariant.SAME_PUBLIC_API, count, differences);
    }

    private static InvariantResult tasksMatchTests(ExerciseModule module, List<TestOutcome> tests) {
        Set<String> taskIds = module.manifest().tasks().stream().map(Task::id).collect(Collectors.toSet());
        List<Breach> breaches = new ArrayList<>();
        for (TestOutcome test : tests) {
            if (test.taskId().isEmpty()) {
                breaches.add(new Breach(Breach.Kind.UNTAGGED_TEST, test.name()));
            } else if (!taskIds.contains(test.taskId().get())) {
                breaches.add(new Breach(Breach.Kind.UNKNOWN_TASK, test.taskId().get() + ": " + test.name()));
            }
        }
        Set<String> tested = tests.stream().flatMap(test -> test.taskId().stream()).collect(Collectors.toSet());
        List<Task> untested = module.manifest().tasks().stream().filter(task -> !tested.contains(task.id())).toList();
        untested.forEach(task -> breaches.add(new Breach(Breach.Kind.TASK_WITHOUT_TEST, task.id())));
        long covered = module.manifest().tasks().size() - untested.size();
        return InvariantResult.of(Invariant.TASKS_MATCH_TESTS, covered, module.manifest().tasks().size(), breaches);
    }

    private List<Breach> describe(List<CompileError> errors) {
        return errors.stream().map(error -> new Breach(Breach.Kind.COMPILE_ERROR, error.summary(projectRoot))).toList();
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end).strip();
    }
}
