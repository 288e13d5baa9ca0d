package dev.apikata.kit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.kit.SharedRunner;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-runs after a save to main sources reuse the compiled tests, unless that would hide a compile error. */
class IncrementalModuleRunnerTest {

    @TempDir
    Path dir;

    private Path stub;
    private ExerciseModule module;
    private IncrementalModuleRunner runner;

    @BeforeEach
    void setUp() throws Exception {
        stub = CalcFixture.create(dir);
        module = Project.at(dir).modules().get(0);
        runner = new IncrementalModuleRunner(SharedRunner.get(), SharedRunner.cache(), Locale.ENGLISH, result -> { });
    }

    @AfterEach
    void tearDown() {
        runner.close();
    }

    private Path compiledTest() {
        return module.directory().resolve("target/kit/watch-classes/fx/CalcTest.class");
    }

    @Test
    @DisplayName("a fix in a main source re-runs the tests compiled before, and they see the new code")
    void mainOnlyChangeReusesCompiledTests() throws Exception {
        assertThat(runner.run(module).passedCount()).isEqualTo(1);
        FileTime testCompiledAt = Files.getLastModifiedTime(compiledTest());

        Files.writeString(stub, CalcFixture.SOLVED);
        ModuleStatus status = runner.run(module);

        assertThat(status.passedCount()).isEqualTo(2);
        assertThat(Files.getLastModifiedTime(compiledTest())).as("tests not recompiled").isEqualTo(testCompiledAt);
    }

    @Test
    @DisplayName("a changed signature recompiles everything, so the test's compile error shows")
    void signatureChangeRecompilesTheTests() throws Exception {
        runner.run(module);

        Files.writeString(stub, CalcFixture.SOLVED.replace("public int add(", "public int plus("));
        ModuleStatus status = runner.run(module);

        assertThat(status.compileError()).hasValueSatisfying(error -> assertThat(error).contains("CalcTest.java"));
    }

    @Test
    @DisplayName("an error in a main source is reported, and the next fix runs the tests again")
    void mainCompileErrorThenFix() throws Exception {
        runner.run(module);

        Files.writeString(stub, CalcFixture.BROKEN);
        assertThat(runner.run(module).compileError()).hasValueSatisfying(error -> assertThat(error).contains("Calc.java:5"));

        Files.writeString(stub, CalcFixture.SOLVED);
        ModuleStatus fixed = runner.run(module);
        assertThat(fixed.compileError()).isEmpty();
        assertThat(fixed.passedCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("an edited test is compiled again")
    void testChangeRecompilesTheTests() throws Exception {
        runner.run(module);
        Path test = dir.resolve("exercises/01-calc/src/test/java/fx/CalcTest.java");

        Files.writeString(test, Files.readString(test).replace("isEqualTo(4)", "isEqualTo(40)"));
        ModuleStatus status = runner.run(module);

        assertThat(status.taskPassed("01.2")).as("the edited expectation is in force").isFalse();
    }
}
