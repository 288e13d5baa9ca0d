package dev.apikata.kit.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.grade.LearnerReport.ModuleReport;
import dev.apikata.kit.grade.LearnerReport.TaskReport;
import dev.apikata.kit.grade.LearnerReport.TestReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradesCsvTest {

    @TempDir
    Path dir;

    static LearnerReport learner(String name, boolean greets, boolean adds, boolean counts) {
        return new LearnerReport(name, List.of(
                new ModuleReport("01-greetings", null, List.of(task("01.1", 2, greets), task("01.2", 1, adds))),
                new ModuleReport("02-counting", null, List.of(task("02.1", 3, counts)))), List.of(), List.of(), List.of(), 1.5);
    }

    static TaskReport task(String id, int points, boolean passes) {
        return new TaskReport(id, points, List.of(new TestReport("a test of " + id, passes ? "passed" : "failed",
                passes ? "" : "assertion", passes ? "" : "expected 5 but was 6")), List.of());
    }

    @Test
    void aRowPerLearnerAColumnPerModuleWithABomAndCrlf() {
        String csv = GradesCsv.of(FixtureProject.create(dir).project(), List.of(
                learner("山田 花子", true, false, true), learner("o'brien, pat", false, false, false)));

        assertThat(csv).startsWith("\uFEFF").isEqualTo("\uFEFF"
                + "learner,01-greetings,02-counting,total,max,percent\r\n"
                + "山田 花子,2,3,5,6,83.3\r\n"
                + "\"o'brien, pat\",0,0,0,6,0.0\r\n");
    }

    @Test
    void aNameThatLooksLikeAFormulaIsNotOne() {
        String csv = GradesCsv.of(FixtureProject.create(dir).project(), List.of(learner("=HYPERLINK(\"x\")", true, true, true)));

        assertThat(csv).contains("\r\n\"'=HYPERLINK(\"\"x\"\")\",3,3,6,6,100.0\r\n");
    }
}
