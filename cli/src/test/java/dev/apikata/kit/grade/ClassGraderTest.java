package dev.apikata.kit.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.SharedRunner;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.KitClassPath;
import dev.apikata.kit.runner.ModuleCompiler;
import dev.apikata.kit.runner.RunResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small class graded end to end with synthetic submissions built here: complete, partial,
 * untouched, not compiling, tests edited, a zip, and an archive that climbs out of its folder. The
 * expected scores are exact. (Learner code that attacks the grader is tested with the sandboxed
 * workers, in WorkerTestsTest.)
 */
class ClassGraderTest {

    @TempDir
    Path dir;

    private FixtureProject kit;
    private ModuleCompiler compiler;
    private final StringWriter progress = new StringWriter();

    /** The tests of every learner in this JVM: enough for learners that play fair. */
    private static final LearnerTests.Factory IN_PROCESS = new LearnerTests.Factory() {
        @Override
        public LearnerTests open(Path workspace) {
            return new LearnerTests() {
                @Override
                public RunResult test(CompiledModule compiled) {
                    return SharedRunner.get().test(compiled);
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public List<String> protections() {
            return List.of("none (in-process, for this test)");
        }
    };

    @BeforeEach
    void setUp() {
        kit = FixtureProject.create(dir.resolve("kit"));
        compiler = new ModuleCompiler(KitClassPath.ofThisJvm(), Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() throws Exception {
        compiler.close();
    }

    private FixtureProject learner(String name) {
        return FixtureProject.create(dir.resolve("class").resolve(name));
    }

    private Map<String, LearnerReport> grade(int jobs, List<Path> submissions) throws Exception {
        GradeTexts texts = GradeTexts.in(Language.EN);
        ClassGrader grader = new ClassGrader(kit.project(), Optional.empty(), compiler, IN_PROCESS,
                Files.createDirectories(dir.resolve("temp")), texts, new PrintWriter(progress, true));
        return grader.grade(SubmissionFinder.find(submissions, texts), jobs).stream()
                .collect(Collectors.toMap(LearnerReport::learner, Function.identity()));
    }

    @Test
    void scoresEachLearnerTaskByTaskWhateverTheyEditedOutsideTheirCode() throws Exception {
        learner("complete").solveGreetings().write(FixtureProject.COUNTER_STUB, kit.read(FixtureProject.COUNTER_SOLUTION));
        learner("partial").replace(FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a + b;");
        learner("untouched");
        learner("broken").replace(FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return a +;")
                .write(FixtureProject.COUNTER_STUB, kit.read(FixtureProject.COUNTER_SOLUTION));
        // Weakens the tests instead of solving the task: the kit's own tests grade it.
        learner("cheat").replace(FixtureProject.GREETER_TEST, "isEqualTo(5)", "isNotNull()")
                .replace(FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.2\");", "return 0;");

        Map<String, LearnerReport> reports = grade(2, List.of(dir.resolve("class")));

        assertThat(reports.get("complete").points()).isEqualTo(6);
        assertThat(reports.get("partial").points()).isEqualTo(1);
        assertThat(reports.get("untouched").points()).isZero();
        LearnerReport broken = reports.get("broken");
        assertThat(broken.points()).as("the module that does not compile scores 0, the other counts").isEqualTo(3);
        assertThat(broken.modules().get(0).compileError()).contains("Greeter.java");
        LearnerReport cheat = reports.get("cheat");
        assertThat(cheat.points()).isZero();
        assertThat(cheat.ignoredEdits()).containsExactly("exercises/01-greetings/src/test/java/demo/GreeterTest.java (changed)");
        assertThat(progress.toString()).contains("[5/5]");
    }

    @Test
    void aLearnersResultDoesNotDependOnTheClassOrTheJobs() throws Exception {
        learner("alice").solveGreetings();
        learner("bob").replace(FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.1\");", "return \"Hello, \" + name;");

        LearnerReport alone = grade(1, List.of(dir.resolve("class/alice"))).get("alice");
        Map<String, LearnerReport> together = grade(2, List.of(dir.resolve("class")));

        assertThat(together.get("alice").modules()).isEqualTo(alone.modules());
        assertThat(together.get("bob").modules().get(0).tasks().get(0).knownMistakes())
                .containsExactly("01.1-no-exclamation-mark");
    }

    @Test
    void aZipIsGradedAndAZipThatClimbsOutIsRefusedWithoutTouchingAnything() throws Exception {
        FixtureProject zipped = learner("carol").solveGreetings();
        Path submissions = Files.createDirectories(dir.resolve("zips"));
        zip(zipped.root(), submissions.resolve("carol.zip"), "apikata-carol-main/");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(submissions.resolve("mallory.zip"))) {
            zip.putArchiveEntry(new ZipArchiveEntry("../../../outside.txt"));
            zip.write("gotcha".getBytes());
            zip.closeArchiveEntry();
        }

        Map<String, LearnerReport> reports = grade(2, List.of(submissions));

        assertThat(reports.get("carol").points()).isEqualTo(3);
        assertThat(reports.get("mallory").points()).isZero();
        assertThat(reports.get("mallory").incidents()).singleElement().asString()
                .contains("refused", "a path that leaves the archive's folder", "../../../outside.txt");
        assertThat(dir.resolve("outside.txt")).doesNotExist();
        assertThat(dir.getParent().resolve("outside.txt")).doesNotExist();
        assertThat(dir.resolve("temp")).isEmptyDirectory();
    }

    private static void zip(Path folder, Path zipFile, String prefix) throws Exception {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(zipFile); var walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                zip.putArchiveEntry(new ZipArchiveEntry(prefix + folder.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeArchiveEntry();
            }
        }
    }
}
