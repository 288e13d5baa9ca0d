package dev.apikata.kit.grade;

import static dev.apikata.kit.FixtureProject.GREETER_STUB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.SharedRunner;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.KitClassPath;
import dev.apikata.kit.runner.ModuleCompiler;
import dev.apikata.kit.runner.RunResult;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast path (the kit's tests compiled once) must grade exactly as compiling everything would. */
class LearnerCompilerTest {

    @TempDir
    Path dir;

    private ModuleCompiler whole;
    private LearnerCompiler compiler;

    @BeforeEach
    void setUp() {
        FixtureProject kit = FixtureProject.create(dir.resolve("kit"));
        whole = new ModuleCompiler(KitClassPath.ofThisJvm(), Locale.ENGLISH);
        compiler = new LearnerCompiler(whole, KitClassPath.ofThisJvm(), Locale.ENGLISH, kit.project().modules(),
                dir.resolve("kit-classes"));
    }

    @AfterEach
    void tearDown() throws Exception {
        compiler.close();
        whole.close();
    }

    private CompiledModule compile(FixtureProject learner) {
        return compiler.compile(learner.module("01-greetings"));
    }

    @Test
    void aLearnersOwnClassesRunWithTheKitsTestsAsIfCompiledTogether() {
        FixtureProject learner = FixtureProject.create(dir.resolve("learner")).solveGreetings();

        CompiledModule fast = compile(learner);
        RunResult run = SharedRunner.get().test(fast);

        assertThat(fast.testClasses()).contains("demo.GreeterTest");
        assertThat(fast.mainClasses()).containsExactly("demo.Greeter");
        assertThat(run.allPassed()).as("%s", run.tests()).isTrue();
        assertThat(run.tests()).hasSize(3);
    }

    @Test
    void extraClassesAndMethodsOfTheLearnerAreFine() {
        FixtureProject learner = FixtureProject.create(dir.resolve("learner")).solveGreetings()
                .write("exercises/01-greetings/src/main/java/demo/Names.java", "package demo; final class Names { }");

        CompiledModule fast = compile(learner);

        assertThat(fast.succeeded()).isTrue();
        assertThat(fast.mainClasses()).containsExactly("demo.Greeter", "demo.Names");
    }

    @Test
    void aRenamedMethodGivesTheCompileErrorsOfTheTestsAsMavenWould() {
        FixtureProject learner = FixtureProject.create(dir.resolve("learner"))
                .replace(GREETER_STUB, "public String greet(String name)", "public String hello(String name)");

        CompiledModule compiled = compile(learner);
        CompiledModule together = whole.compile(learner.module("01-greetings"), Implementation.STUBS);

        assertThat(compiled.succeeded()).isFalse();
        assertThat(compiled.errors()).isEqualTo(together.errors());
        assertThat(compiled.errors()).first().satisfies(error -> assertThat(error.file().toString()).endsWith("GreeterTest.java"));
    }

    @Test
    void aSignatureTheTestsStillCompileAgainstIsGradedAsMavenWould() {
        // Not the stubs' API, but the tests compile against it: javac accepts it, so must the grader.
        FixtureProject learner = FixtureProject.create(dir.resolve("learner")).solveGreetings()
                .replace(GREETER_STUB, "public int add(int a, int b)", "public long add(long a, long b)");

        CompiledModule compiled = compile(learner);
        RunResult run = SharedRunner.get().test(compiled);

        assertThat(compiled.succeeded()).isTrue();
        assertThat(run.allPassed()).as("%s", run.tests()).isTrue();
    }

    @Test
    void aLearnersClassNamedLikeATestIsRefusedAsJavacWould() {
        FixtureProject learner = FixtureProject.create(dir.resolve("learner")).solveGreetings()
                .write("exercises/01-greetings/src/main/java/demo/GreeterTest.java", "package demo; class GreeterTest { }");

        CompiledModule compiled = compile(learner);

        assertThat(compiled.succeeded()).isFalse();
        assertThat(compiled.errors()).anySatisfy(error -> assertThat(error.message()).contains("duplicate class"));
    }

    @Test
    void aCompileErrorInTheLearnersCodeIsReportedWithoutTheTests() {
        FixtureProject learner = FixtureProject.create(dir.resolve("learner"))
                .replace(GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a +;");

        CompiledModule compiled = compile(learner);

        assertThat(compiled.errors()).singleElement()
                .satisfies(error -> assertThat(error.file().toString()).endsWith("Greeter.java"));
    }
}
