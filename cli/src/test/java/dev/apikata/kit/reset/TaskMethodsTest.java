package dev.apikata.kit.reset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.kit.FixtureProject;
import org.junit.jupiter.api.Test;

class TaskMethodsTest {

    private static final String ORIGINAL = FixtureProject.GREETER_STUB_SOURCE;

    @Test
    void putsBackOnlyTheMethodsOfTheTask() {
        String learner = FixtureProject.GREETER_SOLUTION_SOURCE.replace("/** Greets", "import java.util.List;\n\n/** Greets");

        String restored = TaskMethods.restore(ORIGINAL, learner, "01.2").orElseThrow();

        assertThat(restored).contains("throw NotDoneYet.task(\"01.2\");", "return \"Hello, \" + name + \"!\";",
                "import java.util.List;").doesNotContain("return a + b;");
    }

    @Test
    void bringsBackTheImportsTheStubsMethodsNeed() {
        String restored = TaskMethods.restore(ORIGINAL, FixtureProject.GREETER_SOLUTION_SOURCE, "01.1").orElseThrow();

        assertThat(restored).startsWith("package demo;\n\nimport dev.apikata.course.NotDoneYet;\n\n/** Greets");
        assertThat(TaskMethods.restore(ORIGINAL, restored, "01.1")).as("a second reset changes nothing").contains(restored);
    }

    @Test
    void addsAMissingImportBesideTheLearnersOwn() {
        String learner = FixtureProject.GREETER_SOLUTION_SOURCE.replace("package demo;\n", "package demo;\n\nimport java.util.List;\n");

        String restored = TaskMethods.restore(ORIGINAL, learner, "01.1").orElseThrow();

        assertThat(restored).startsWith("package demo;\n\nimport java.util.List;\nimport dev.apikata.course.NotDoneYet;\n\n");
    }

    @Test
    void findsTheMethodWhereverTheLearnerMovedIt() {
        String learner = """
                package demo;

                public class Greeter {
                    public int add(int a, int b) { return a + b; }

                    public String greet(String name) { return "Hi " + name; }
                }
                """;

        String restored = TaskMethods.restore(ORIGINAL, learner, "01.1").orElseThrow();

        assertThat(restored).contains("public int add(int a, int b) { return a + b; }")
                .contains("public String greet(String name) {\n        throw NotDoneYet.task(\"01.1\");\n    }")
                .doesNotContain("Hi ");
    }

    @Test
    void declinesWhenTheMethodWasRenamedOrTheFileDoesNotParse() {
        String renamed = FixtureProject.GREETER_SOLUTION_SOURCE.replace("greet(String name)", "hello(String name)");
        String broken = FixtureProject.GREETER_SOLUTION_SOURCE.replace("return a + b;", "return a + ;");

        assertThat(TaskMethods.restore(ORIGINAL, renamed, "01.1")).isEmpty();
        assertThat(TaskMethods.restore(ORIGINAL, broken, "01.1")).isEmpty();
    }

    @Test
    void markersAreFoundWithAnySpacing() {
        assertThat(StubMarkers.in("throw NotDoneYet.task(\"01.1\"); throw NotDoneYet.task( \"01.2\" );"))
                .containsExactlyInAnyOrder("01.1", "01.2");
    }
}
