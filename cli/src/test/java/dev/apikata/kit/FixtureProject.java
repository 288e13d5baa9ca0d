package dev.apikata.kit;

import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny apikata project in a temp folder, for tests: module 01 (a greeter, tasks 01.1 and 01.2)
 * and module 02 (a counter, task 02.1), each with stubs, tests and solutions that keep every
 * invariant. A test breaks one thing with {@link #write} or {@link #replace} and looks at the result.
 */
public final class FixtureProject {

    public static final String GREETER_STUB = "exercises/01-greetings/src/main/java/demo/Greeter.java";
    public static final String GREETER_SOLUTION = "solutions/01-greetings/src/main/java/demo/Greeter.java";
    public static final String GREETER_TEST = "exercises/01-greetings/src/test/java/demo/GreeterTest.java";
    public static final String COUNTER_STUB = "exercises/02-counting/src/main/java/demo/count/Counter.java";
    public static final String COUNTER_SOLUTION = "solutions/02-counting/src/main/java/demo/count/Counter.java";
    public static final String GREETER_MISTAKE = "solutions/01-greetings/mistakes/01.1-no-exclamation-mark.yaml";

    public static final String GREETER_STUB_SOURCE = """
            package demo;

            import dev.apikata.course.NotDoneYet;

            /** Greets people and adds numbers. */
            public class Greeter {

                /** Task 01.1. */
                public String greet(String name) {
                    throw NotDoneYet.task("01.1");
                }

                /** Task 01.2. */
                public int add(int a, int b) {
                    throw NotDoneYet.task("01.2");
                }
            }
            """;

    public static final String GREETER_SOLUTION_SOURCE = """
            package demo;

            /** Greets people and adds numbers. */
            public class Greeter {

                /** Task 01.1. */
                public String greet(String name) {
                    return "Hello, " + name + "!";
                }

                /** Task 01.2. */
                public int add(int a, int b) {
                    return a + b;
                }
            }
            """;

    private static final String GREETER_MANIFEST = """
            id: "01"
            title: { ja: "あいさつ", en: "Greetings" }
            chapter: { ja: chapters/ja/01-greetings.md, en: chapters/en/01-greetings.md }
            tasks:
              - id: "01.1"
                title: { ja: "名前であいさつする", en: "Greet by name" }
                points: 2
                section: greet
                hints:
                  - { ja: "文字列を連結します。", en: "Concatenate strings." }
                  - { ja: "\\"Hello, \\" + name + \\"!\\" を返します。", en: "Return \\"Hello, \\" + name + \\"!\\"." }
              - id: "01.2"
                title: { ja: "足し算", en: "Add two numbers" }
                points: 1
                section: add
                hints:
                  - { ja: "+ を使います。", en: "Use +." }
            """;

    private static final String GREETER_TEST_SOURCE = """
            package demo;

            import static org.assertj.core.api.Assertions.assertThat;

            import dev.apikata.course.LearnerFeedback;
            import org.junit.jupiter.api.DisplayName;
            import org.junit.jupiter.api.Tag;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.extension.ExtendWith;

            @ExtendWith(LearnerFeedback.class)
            class GreeterTest {

                @Test
                @Tag("task:01.1")
                @DisplayName("greets Ann by name")
                void greetsAnn() {
                    assertThat(new Greeter().greet("Ann")).isEqualTo("Hello, Ann!");
                }

                @Test
                @Tag("task:01.1")
                @DisplayName("greets Bo by name")
                void greetsBo() {
                    assertThat(new Greeter().greet("Bo")).isEqualTo("Hello, Bo!");
                }

                @Test
                @Tag("task:01.2")
                @DisplayName("adds two numbers")
                void adds() {
                    assertThat(new Greeter().add(2, 3)).isEqualTo(5);
                }
            }
            """;

    private static final String COUNTER_MANIFEST = """
            id: "02"
            title: { ja: "数える", en: "Counting" }
            chapter: { ja: chapters/ja/02-counting.md, en: chapters/en/02-counting.md }
            tasks:
              - id: "02.1"
                title: { ja: "次の数を返す", en: "Return the next number" }
                points: 3
                section: next
                hints:
                  - { ja: "フィールドを 1 増やします。", en: "Increment a field." }
            """;

    private static final String COUNTER_STUB_SOURCE = """
            package demo.count;

            import dev.apikata.course.NotDoneYet;

            public class Counter {
                public int next() {
                    throw NotDoneYet.task("02.1");
                }
            }
            """;

    private static final String COUNTER_SOLUTION_SOURCE = """
            package demo.count;

            public class Counter {
                private int count;

                public int next() {
                    return ++count;
                }
            }
            """;

    private static final String COUNTER_TEST_SOURCE = """
            package demo.count;

            import static org.assertj.core.api.Assertions.assertThat;

            import org.junit.jupiter.api.Tag;
            import org.junit.jupiter.api.Test;

            class CounterTest {
                @Test
                @Tag("task:02.1")
                void countsFromOne() {
                    Counter counter = new Counter();
                    counter.next();
                    assertThat(counter.next()).isEqualTo(2);
                }
            }
            """;

    // One known mistake per task, each rejected by its task's tests as its record says.
    private static final String GREETER_MISTAKE_SOURCE = """
            task: "01.1"
            explain: { ja: "感嘆符を忘れています。", en: "The exclamation mark is missing." }
            replace:
              Greeter.greet: |
                return "Hello, " + name;
            rejected-by:
              - { test: "greets Ann by name", failure: assertion }
              - { test: "greets Bo by name", failure: assertion }
            """;

    private static final String ADDER_MISTAKE_SOURCE = """
            task: "01.2"
            explain: { ja: "引き算になっています。", en: "It subtracts." }
            replace:
              Greeter.add: |
                return a - b;
            rejected-by:
              - { test: "adds two numbers", failure: assertion }
            """;

    private static final String COUNTER_MISTAKE_SOURCE = """
            task: "02.1"
            explain: { ja: "0 から数えています。", en: "It counts from zero." }
            replace:
              Counter.next: |
                return count++;
            rejected-by:
              - { test: "countsFromOne()", failure: assertion }
            """;

    private final Path root;

    private FixtureProject(Path root) {
        this.root = root;
    }

    /** Writes the whole fixture into {@code root}, an empty folder. */
    public static FixtureProject create(Path root) {
        FixtureProject fixture = new FixtureProject(root.toAbsolutePath().normalize());
        fixture.write("pom.xml", "<project/>\n");
        fixture.write("exercises/01-greetings/exercise.yaml", GREETER_MANIFEST);
        fixture.write(GREETER_STUB, GREETER_STUB_SOURCE);
        fixture.write(GREETER_TEST, GREETER_TEST_SOURCE);
        fixture.write(GREETER_SOLUTION, GREETER_SOLUTION_SOURCE);
        fixture.write("exercises/02-counting/exercise.yaml", COUNTER_MANIFEST);
        fixture.write(COUNTER_STUB, COUNTER_STUB_SOURCE);
        fixture.write("exercises/02-counting/src/test/java/demo/count/CounterTest.java", COUNTER_TEST_SOURCE);
        fixture.write(COUNTER_SOLUTION, COUNTER_SOLUTION_SOURCE);
        fixture.write(GREETER_MISTAKE, GREETER_MISTAKE_SOURCE);
        fixture.write("solutions/01-greetings/mistakes/01.2-subtracts.yaml", ADDER_MISTAKE_SOURCE);
        fixture.write("solutions/02-counting/mistakes/02.1-counts-from-zero.yaml", COUNTER_MISTAKE_SOURCE);
        return fixture;
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public Project project() {
        return Project.at(root);
    }

    public ExerciseModule module(String name) {
        return project().module(name).orElseThrow();
    }

    public FixtureProject write(String relative, String content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code from} (which must occur) with {@code to} in a file. */
    public FixtureProject replace(String relative, String from, String to) {
        String content = read(relative);
        if (!content.contains(from)) {
            throw new IllegalArgumentException(relative + " does not contain " + from);
        }
        return write(relative, content.replace(from, to));
    }

    /** The learner solved module 01: its stub is now the solution. */
    public FixtureProject solveGreetings() {
        return write(GREETER_STUB, GREETER_SOLUTION_SOURCE);
    }
}
