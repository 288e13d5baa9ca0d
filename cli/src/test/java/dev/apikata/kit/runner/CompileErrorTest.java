package dev.apikata.kit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CompileErrorTest {

    private static final Path ROOT = Path.of("/course").toAbsolutePath();

    @Test
    void summaryKeepsJavacsDetailLinesOnOneLine() {
        CompileError error = new CompileError(ROOT.resolve("a/B.java"), 3, 9,
                "cannot find symbol\n  symbol:   method send(int)\n  location: class B");

        assertThat(error.summary(ROOT))
                .isEqualTo(Path.of("a", "B.java") + ":3: cannot find symbol; symbol:   method send(int); location: class B");
    }

    @Test
    void anErrorWithoutAFileIsJustItsMessage() {
        assertThat(new CompileError(null, 0, 0, "javac failed").summary(ROOT)).isEqualTo("javac failed");
        assertThat(new CompileError(ROOT.resolve("C.java"), 0, 0, "bad").location(ROOT)).isEqualTo("C.java");
    }
}
