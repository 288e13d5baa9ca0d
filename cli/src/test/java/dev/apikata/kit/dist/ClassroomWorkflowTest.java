package dev.apikata.kit.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitHub Classroom workflow against the manifests and the inputs the two actions document. */
class ClassroomWorkflowTest {

    // The inputs of classroom-resources/autograding-command-grader@v1 and autograding-grading-reporter@v1.
    private static final Set<String> COMMAND_GRADER_INPUTS = Set.of("test-name", "setup-command", "command", "timeout", "max-score");
    private static final Set<String> REPORTER_INPUTS = Set.of("runners");

    @TempDir
    Path dir;

    @Test
    void oneGraderStepPerModuleWorthItsPointsAndAReporterOfThemAll() throws Exception {
        Project project = FixtureProject.create(dir).project();
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(ClassroomWorkflow.of(project));

        JsonNode job = workflow.path("jobs").path("run-autograding-tests");
        assertThat(workflow.path("permissions").path("checks").asText()).isEqualTo("write");
        assertThat(job.path("if").asText()).isEqualTo("github.actor != 'github-classroom[bot]'");
        List<JsonNode> graders = new ArrayList<>();
        JsonNode reporter = null;
        for (JsonNode step : job.path("steps")) {
            String uses = step.path("uses").asText();
            if (uses.equals("classroom-resources/autograding-command-grader@v1")) {
                graders.add(step);
                assertThat(iterable(step.path("with").fieldNames())).isSubsetOf(COMMAND_GRADER_INPUTS).contains("test-name", "command");
            } else if (uses.equals("classroom-resources/autograding-grading-reporter@v1")) {
                reporter = step;
            }
        }
        assertThat(graders).hasSize(project.modules().size());
        for (int i = 0; i < graders.size(); i++) {
            ExerciseModule module = project.modules().get(i);
            JsonNode step = graders.get(i);
            assertThat(step.path("id").asText()).matches("[A-Za-z_][A-Za-z0-9_-]*").isEqualTo(ClassroomWorkflow.stepId(module));
            assertThat(step.path("with").path("max-score").asInt()).isEqualTo(module.manifest().totalPoints());
            assertThat(step.path("with").path("command").asText()).isEqualTo("mvn -B -q test -pl exercises/" + module.name());
        }
        assertThat(reporter).isNotNull();
        assertThat(iterable(reporter.path("with").fieldNames())).isSubsetOf(REPORTER_INPUTS);
        assertThat(reporter.path("with").path("runners").asText()).isEqualTo("module-01-greetings,module-02-counting");
        assertThat(reporter.path("env").path("MODULE-01-GREETINGS_RESULTS").asText())
                .isEqualTo("${{steps.module-01-greetings.outputs.result}}");
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
