package dev.apikata.kit.dist;

import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import java.util.List;
import java.util.Locale;

/**
 * {@code .github/workflows/classroom.yml} for GitHub Classroom: one
 * {@code classroom-resources/autograding-command-grader} step per module, worth the module's
 * points and passing when every test of the module passes, then the
 * {@code autograding-grading-reporter} step that reports them all. It runs the learner's own
 * repository, tests included; {@code kit grade} with the instructor's pristine tests stays the fair
 * grade (the instructor's guide says so).
 */
public final class ClassroomWorkflow {

    static final String PATH = ".github/workflows/classroom.yml";
    static final String COMMAND_GRADER = "classroom-resources/autograding-command-grader@v1";
    static final String REPORTER = "classroom-resources/autograding-grading-reporter@v1";

    private ClassroomWorkflow() {
    }

    /** The step id of a module: ids must start with a letter, and module folders start with a digit. */
    public static String stepId(ExerciseModule module) {
        return "module-" + module.name();
    }

    public static String of(Project project) {
        List<ExerciseModule> modules = project.modules();
        StringBuilder yaml = new StringBuilder("""
                # Written by kit dist --classroom: GitHub Classroom runs it on every push of a learner.
                # One step per module, worth the module's points when all of its tests pass.
                name: Autograding Tests
                'on':
                  - push
                  - repository_dispatch
                  - workflow_dispatch
                permissions:
                  checks: write
                  actions: read
                  contents: read
                jobs:
                  run-autograding-tests:
                    runs-on: ubuntu-latest
                    if: github.actor != 'github-classroom[bot]'
                    steps:
                      - name: Checkout code
                        uses: actions/checkout@v4
                      - name: Set up JDK 17
                        uses: actions/setup-java@v4
                        with:
                          distribution: temurin
                          java-version: '17'
                          cache: maven
                """);
        for (ExerciseModule module : modules) {
            String title = module.manifest().title().en();
            yaml.append("      - name: ").append(quoted(module.id() + " " + title)).append('\n')
                    .append("        id: ").append(stepId(module)).append('\n')
                    .append("        uses: ").append(COMMAND_GRADER).append('\n')
                    .append("        with:\n")
                    .append("          test-name: ").append(quoted(module.name())).append('\n')
                    .append("          setup-command: ''\n")
                    .append("          command: ").append(quoted("mvn -B -q test -pl exercises/" + module.name())).append('\n')
                    .append("          timeout: 10\n")
                    .append("          max-score: ").append(module.manifest().totalPoints()).append('\n');
        }
        yaml.append("      - name: Autograding Reporter\n")
                .append("        uses: ").append(REPORTER).append('\n')
                .append("        env:\n");
        for (ExerciseModule module : modules) {
            yaml.append("          ").append(stepId(module).toUpperCase(Locale.ROOT)).append("_RESULTS: \"${{steps.")
                    .append(stepId(module)).append(".outputs.result}}\"\n");
        }
        yaml.append("        with:\n          runners: ")
                .append(String.join(",", modules.stream().map(ClassroomWorkflow::stepId).toList())).append('\n');
        return yaml.toString();
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
