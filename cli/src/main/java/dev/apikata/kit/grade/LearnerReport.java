package dev.apikata.kit.grade;

import java.util.List;
import java.util.Objects;

/**
 * What grading found for one learner: points per module, task and test, and what the grader noticed
 * around them. Written to each shard's {@code learners.json} and read back by {@code --merge}, so it
 * holds ids and results only; titles, hints and explanations come from the kit's manifests when a
 * report is rendered, in the language asked for.
 *
 * @param ignoredEdits learner files outside {@code src/main/java} that differ from the kit, ignored
 * @param incidents    what stopped or limited a run (a refused archive, a worker that had to be killed)
 * @param protections  the sandbox protections that were active for this learner's run
 * @param seconds      the wall-clock time the learner took to grade
 */
public record LearnerReport(String learner, List<ModuleReport> modules, List<String> ignoredEdits,
        List<String> incidents, List<String> protections, double seconds) {

    public LearnerReport {
        Objects.requireNonNull(learner, "learner");
        modules = List.copyOf(modules);
        ignoredEdits = List.copyOf(ignoredEdits);
        incidents = List.copyOf(incidents);
        protections = List.copyOf(protections);
    }

    public int points() {
        return modules.stream().mapToInt(ModuleReport::points).sum();
    }

    public int maxPoints() {
        return modules.stream().mapToInt(ModuleReport::maxPoints).sum();
    }

    /** Percent of the points, rounded to one decimal. */
    public double percent() {
        return maxPoints() == 0 ? 0 : Math.round(1000.0 * points() / maxPoints()) / 10.0;
    }

    /**
     * One module's result.
     *
     * @param compileError the compiler's first messages when the learner's code did not compile (then
     *                     every task of the module scores 0); {@code null} when it compiled
     */
    public record ModuleReport(String module, String compileError, List<TaskReport> tasks) {
        public ModuleReport {
            Objects.requireNonNull(module, "module");
            tasks = List.copyOf(tasks);
        }

        public int points() {
            return tasks.stream().mapToInt(TaskReport::points).sum();
        }

        public int maxPoints() {
            return tasks.stream().mapToInt(TaskReport::maxPoints).sum();
        }
    }

    /**
     * One task: it scores its points when every one of its tests passes.
     *
     * @param knownMistakes ids of the catalogued mistakes the learner's failures match
     */
    public record TaskReport(String task, int maxPoints, List<TestReport> tests, List<String> knownMistakes) {
        public TaskReport {
            Objects.requireNonNull(task, "task");
            tests = List.copyOf(tests);
            knownMistakes = List.copyOf(knownMistakes);
        }

        public boolean done() {
            return !tests.isEmpty() && tests.stream().allMatch(TestReport::passed);
        }

        /** All or nothing: the task's points when it is done, else 0. */
        public int points() {
            return done() ? maxPoints : 0;
        }
    }

    /**
     * One test.
     *
     * @param status  {@code passed}, {@code failed} or {@code skipped}
     * @param failure the kind of failure ({@code assertion}, {@code timeout}...); empty when it passed
     * @param message the learner message, cut to {@link #MESSAGE_LIMIT} characters
     */
    public record TestReport(String name, String status, String failure, String message) {
        /** How much of a failure message a report keeps. */
        public static final int MESSAGE_LIMIT = 4000;

        public TestReport {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
            failure = failure == null ? "" : failure;
            message = message == null ? "" : message.length() > MESSAGE_LIMIT
                    ? message.substring(0, MESSAGE_LIMIT) + "\n[… cut at " + MESSAGE_LIMIT + " characters]" : message;
        }

        public boolean passed() {
            return status.equals("passed");
        }
    }
}
