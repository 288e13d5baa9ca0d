package dev.apikata.chapters.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutputPatternTest {

    private static final List<String> TABLE = List.of(
            "module                    tasks  points",
            "01 HTTP methods and CRUD  0/8    0/14",
            "...",
            "total                     0/<n>  0/<n>");

    @Test
    @DisplayName("a table whose columns grew with a longer row still matches; other modules' rows fall under ...")
    void widerColumns() {
        String real = """
                module                              tasks  points
                01 HTTP methods and CRUD            0/8    0/14
                03 Status codes and error handling  0/10   0/22
                total                               0/18   0/36
                """;
        assertThat(OutputPattern.exact(TABLE).mismatch(real)).isEmpty();
    }

    @Test
    @DisplayName("a column gap is two spaces or more: one space, or a changed cell, is a difference")
    void gapsAreNotAnything() {
        assertThat(OutputPattern.exact(List.of("01 HTTP methods  0/8")).mismatch("01 HTTP methods 0/8")).isPresent();
        assertThat(OutputPattern.exact(List.of("01 HTTP methods  0/8")).mismatch("01 HTTP methods    0/9")).isPresent();
        assertThat(OutputPattern.exact(List.of("a b")).mismatch("a  b")).isPresent();
    }
}
