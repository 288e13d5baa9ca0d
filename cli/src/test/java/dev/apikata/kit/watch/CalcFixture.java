package dev.apikata.kit.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-module project with real Java: a stub, its JUnit tests, and the edit that solves task 01.1. */
public final class CalcFixture {

    public static final String MODULE = "01-calc";

    public static final String STUB = """
            package fx;

            public class Calc {
                public int add(int a, int b) {
                    throw dev.apikata.course.NotDoneYet.task("01.1");
                }

                public int twice(int a) {
                    return 2 * a;
                }
            }
            """;

    public static final String SOLVED = STUB.replace("throw dev.apikata.course.NotDoneYet.task(\"01.1\");", "return a + b;");

    public static final String BROKEN = STUB.replace("throw dev.apikata.course.NotDoneYet.task(\"01.1\");", "return a +;");

    private static final String TEST = """
            package fx;

            import static org.assertj.core.api.Assertions.assertThat;

            import dev.apikata.course.LearnerFeedback;
            import org.junit.jupiter.api.Tag;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.extension.ExtendWith;

            @ExtendWith(LearnerFeedback.class)
            class CalcTest {
                @Test
                @Tag("task:01.1")
                void adds() {
                    assertThat(new Calc().add(1, 2)).as("1 + 2").isEqualTo(3);
                }

                @Test
                @Tag("task:01.2")
                void doubles() {
                    assertThat(new Calc().twice(2)).as("twice 2").isEqualTo(4);
                }
            }
            """;

    private static final String MANIFEST = """
            id: "01"
            title: { ja: "足し算", en: "Adding up" }
            chapter: { ja: chapters/ja/01-calc.md, en: chapters/en/01-calc.md }
            tasks:
              - id: "01.1"
                title: { ja: "2 つの数を足す", en: "Add two numbers" }
                points: 1
                section: add
                hints:
                  - { ja: "a + b を返します。", en: "Return a + b." }
              - id: "01.2"
                title: { ja: "2 倍にする", en: "Double a number" }
                points: 1
                section: twice
                hints: []
            """;

    private CalcFixture() {
    }

    /** Writes the project into {@code root}; returns the stub file a learner edits. */
    public static Path create(Path root) throws IOException {
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Path module = Files.createDirectories(root.resolve("exercises").resolve(MODULE));
        Files.writeString(module.resolve("exercise.yaml"), MANIFEST);
        Path test = Files.createDirectories(module.resolve("src/test/java/fx")).resolve("CalcTest.java");
        Files.writeString(test, TEST);
        Path stub = Files.createDirectories(module.resolve("src/main/java/fx")).resolve("Calc.java");
        Files.writeString(stub, STUB);
        return stub;
    }
}
