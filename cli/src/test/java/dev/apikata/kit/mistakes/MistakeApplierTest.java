package dev.apikata.kit.mistakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.apikata.course.Localized;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MistakeApplierTest {

    private static final String CLIENT = """
            package demo;

            import java.util.List;

            public class Client {

                public int size(List<String> items) {
                    return items.size();
                }

                public int size(String text) {
                    return text.length();
                }

                public static final class Parser {
                    public boolean accepts(String method) {
                        return method.equals("GET");
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    private Path solution;
    private Path target;

    @BeforeEach
    void writeSolution() throws Exception {
        solution = dir.resolve("solution");
        target = dir.resolve("target");
        Files.createDirectories(solution.resolve("demo"));
        Files.writeString(solution.resolve("demo/Client.java"), CLIENT);
        Files.writeString(solution.resolve("demo/Other.java"), "package demo;\n\nclass Other {\n}\n");
    }

    private static KnownMistake mistake(Map<String, String> replace, List<String> imports) {
        return new KnownMistake("01.1-test", "01.1", null, new Localized("ja", "en"), replace, imports, null, List.of());
    }

    private String applied() throws Exception {
        return Files.readString(target.resolve("demo/Client.java"), StandardCharsets.UTF_8);
    }

    @Test
    void replacesTheBodyOfANestedClassesMethodKeepingTheIndentation() throws Exception {
        MistakeApplier.apply(mistake(Map.of("Parser.accepts", "return method.equalsIgnoreCase(\"GET\");"), List.of()),
                solution, target);

        assertThat(applied()).contains("""
                        public boolean accepts(String method) {
                            return method.equalsIgnoreCase("GET");
                        }
                """).contains("return items.size();");
        assertThat(target.resolve("demo/Other.java")).content().isEqualTo("package demo;\n\nclass Other {\n}\n");
    }

    @Test
    void anOverloadIsNamedByItsParameterTypes() throws Exception {
        MistakeApplier.apply(mistake(Map.of("Client.size(List<String>)", "return 0;"), List.of()), solution, target);

        assertThat(applied()).contains("return 0;").contains("return text.length();").doesNotContain("items.size()");
    }

    @Test
    void anAmbiguousOrMissingMethodIsRefusedWithItsName() {
        assertThatExceptionOfType(MistakeApplier.NotApplicable.class)
                .isThrownBy(() -> MistakeApplier.apply(mistake(Map.of("Client.size", "return 0;"), List.of()), solution, target))
                .withMessageContaining("Client.size names 2 methods");
        assertThatExceptionOfType(MistakeApplier.NotApplicable.class)
                .isThrownBy(() -> MistakeApplier.apply(mistake(Map.of("Client.count", "return 0;"), List.of()), solution, target))
                .withMessage("the solution has no method Client.count");
    }

    @Test
    void addsTheImportsTheNewBodyNeedsOnce() throws Exception {
        MistakeApplier.apply(mistake(Map.of("Client.size(String)", "return text.toUpperCase(Locale.ROOT).length();"),
                List.of("java.util.Locale", "java.util.List")), solution, target);

        assertThat(applied()).startsWith("package demo;\n\nimport java.util.List;\nimport java.util.Locale;\n\npublic class");
    }

    @Test
    void aSecondMistakeStartsFromTheSolutionAgain() throws Exception {
        MistakeApplier.apply(mistake(Map.of("Client.size(String)", "return -1;"), List.of()), solution, target);
        MistakeApplier.apply(mistake(Map.of("Parser.accepts", "return true;"), List.of()), solution, target);

        assertThat(applied()).contains("return text.length();", "return true;").doesNotContain("return -1;");
    }
}
