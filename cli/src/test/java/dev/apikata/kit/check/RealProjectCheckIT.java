package dev.apikata.kit.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.SharedRunner;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.worker.IsolatedRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code kit check} over the real course: run by {@code mvn verify -Psolutions}, so the project's
 * test command also proves that every stub compiles and fails, every solution passes, and stubs,
 * solutions, tests and manifests agree.
 */
class RealProjectCheckIT {

    @Test
    void everyModuleKeepsEveryInvariant() {
        Path root = Path.of(System.getProperty("apikata.projectRoot", ".."));
        Project project = Project.at(root);

        // -Dapikata.check.modules=07v-virtual-threads limits the check to some modules: .ci/run's second
        // JDK checks only what the first could not (a module that needs a newer JDK).
        String only = System.getProperty("apikata.check.modules", "");
        List<ParallelCheck.Item> modules = project.modules().stream()
                .filter(module -> only.isBlank() || List.of(only.split(",")).contains(module.name()))
                .map(module -> new ParallelCheck.Item(module, module.stubSources())).toList();
        // Two lanes, as kit check runs by default: the shared runner and one of this test's own.
        List<ModuleCheck> checks;
        try (IsolatedRunner second = new IsolatedRunner(Language.EN)) {
            checks = new ParallelCheck(List.of(new CourseCheck(SharedRunner.get(), project.root()),
                    new CourseCheck(second, project.root()))).check(modules, module -> { });
        }

        assertThat(checks).as("modules").isNotEmpty();
        assertThat(checks).as("invariants per module:%n%s", describe(checks)).allMatch(ModuleCheck::passed);
    }

    private static String describe(List<ModuleCheck> checks) {
        return checks.stream().flatMap(check -> check.results().stream()
                        .filter(result -> !result.holds())
                        .map(result -> check.module() + " " + result.invariant() + " " + result.verdict() + " "
                                + result.count() + " " + result.details()))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
