package dev.apikata.kit.worker;

import dev.apikata.course.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One module's tests to run in a worker.
 *
 * @param classes     the folder with the compiled main classes, tests and manifest
 * @param testClasses binary names of the test classes (nested ones are found through their outer class)
 * @param mainClasses binary names of the main classes: a report names the learner's method among them
 * @param language    the language of the learner messages the tests and the kit produce
 * @param onlyTask    the one task ({@code 01.4}) whose tests run; empty for every test
 */
public record TestRun(Path classes, List<String> testClasses, List<String> mainClasses, Language language,
        Optional<String> onlyTask) {

    public TestRun {
        Objects.requireNonNull(classes, "classes");
        testClasses = List.copyOf(testClasses);
        mainClasses = List.copyOf(mainClasses);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(onlyTask, "onlyTask");
    }

    /** Every test of the classes. */
    public TestRun(Path classes, List<String> testClasses, List<String> mainClasses, Language language) {
        this(classes, testClasses, mainClasses, language, Optional.empty());
    }

    /** The same run, limited to the tests of one task. */
    public TestRun ofTask(String taskId) {
        return new TestRun(classes, testClasses, mainClasses, language, Optional.of(taskId));
    }
}
