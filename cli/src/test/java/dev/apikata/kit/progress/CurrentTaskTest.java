package dev.apikata.kit.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.kit.FixtureProject;
import dev.apikata.kit.SharedRunner;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.runner.RunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurrentTaskTest {

    @TempDir
    Path dir;

    @Test
    void isTheFirstTaskOfTheFirstModuleAtTheStart() {
        FixtureProject fixture = FixtureProject.create(dir);
        List<RunResult> runs = new ArrayList<>();

        CurrentTask current = CurrentTask.find(fixture.project(), SharedRunner.get(), runs::add).orElseThrow();

        assertThat(current.task().id()).isEqualTo("01.1");
        assertThat(current.taskResult().passed()).isZero();
        assertThat(runs).as("stops at the first unfinished module").hasSize(1);
    }

    @Test
    void skipsDoneTasksAndFinishedModules() {
        FixtureProject fixture = FixtureProject.create(dir).solveGreetings();
        List<RunResult> runs = new ArrayList<>();

        CurrentTask current = CurrentTask.find(fixture.project(), SharedRunner.get(), runs::add).orElseThrow();

        assertThat(current.module().name()).isEqualTo("02-counting");
        assertThat(current.task().id()).isEqualTo("02.1");
        assertThat(runs).hasSize(2);
    }

    @Test
    void movesOnWithinAModule() {
        FixtureProject fixture = FixtureProject.create(dir)
                .replace(FixtureProject.GREETER_STUB, "throw NotDoneYet.task(\"01.1\");", "return \"Hello, \" + name + \"!\";");

        RunResult run = SharedRunner.get().run(fixture.module("01"), Implementation.STUBS);

        assertThat(CurrentTask.in(run)).map(task -> task.task().id()).contains("01.2");
    }

    @Test
    void isEmptyWhenEveryTaskPasses() {
        FixtureProject fixture = FixtureProject.create(dir).solveGreetings();
        fixture.write(FixtureProject.COUNTER_STUB, fixture.read(FixtureProject.COUNTER_SOLUTION));

        assertThat(CurrentTask.find(fixture.project(), SharedRunner.get(), run -> { })).isEmpty();
    }
}
