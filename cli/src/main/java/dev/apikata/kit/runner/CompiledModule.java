package dev.apikata.kit.runner;

import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A module compiled into one output folder, ready to load and test.
 *
 * @param output      the class folder, with the manifest at {@code apikata/exercise.yaml}
 * @param mainClasses binary names of every class compiled from the main sources (nested ones too)
 * @param testClasses binary names of every class compiled from the test sources
 * @param errors      empty if compilation succeeded
 */
public record CompiledModule(ExerciseModule module, Implementation implementation, Path output,
        List<String> mainClasses, List<String> testClasses, List<CompileError> errors) {

    public CompiledModule {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(output, "output");
        mainClasses = List.copyOf(mainClasses);
        testClasses = List.copyOf(testClasses);
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }

    /** The test classes JUnit should be pointed at: the top-level ones (nested tests come with them). */
    public List<String> topLevelTestClasses() {
        return testClasses.stream().filter(name -> name.indexOf('$') < 0).toList();
    }
}
