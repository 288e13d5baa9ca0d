package dev.apikata.kit.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.apikata.course.Language;
import dev.apikata.course.Task;
import dev.apikata.course.TaskNotDoneException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a compiled module's tests on the JUnit Platform, in this JVM, in a fresh class loader.
 *
 * <p>The loader's parent is the kit's own, so JUnit, WireMock, Jackson and the course model are
 * loaded once and stay warm; only the module's classes are new on each run. The thread's context
 * class loader points at the module, where {@code NotDoneYet} finds the module's manifest.
 */
final class TestExecutor {

    private final Launcher launcher = LauncherFactory.create();
    private final Language language;
    private final Duration testTimeout;

    /**
     * @param language    the language of the learner messages the tests produce
     * @param testTimeout how long one test or lifecycle method may take before it fails
     */
    TestExecutor(Language language, Duration testTimeout) {
        this.language = language;
        this.testTimeout = testTimeout;
    }

    /** The outcomes and the captured output of running every test class of {@code compiled}. */
    Execution execute(CompiledModule compiled) {
        return execute(compiled, Optional.empty());
    }

    /** The same, for the tests of one task only ({@code 01.4}) when {@code taskId} is given. */
    synchronized Execution execute(CompiledModule compiled, Optional<String> taskId) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // The course's NotDoneYet and LearnerFeedback read the language from this property.
        String previousLanguage = System.setProperty(Language.SYSTEM_PROPERTY, language.code());
        try (URLClassLoader loader = new URLClassLoader("apikata-" + compiled.module().name(),
                new URL[] {url(compiled)}, TestExecutor.class.getClassLoader());
             CapturedOutput output = new CapturedOutput()) {
            thread.setContextClassLoader(loader);
            OutcomeCollector collector = new OutcomeCollector();
            launcher.execute(request(compiled, loader, taskId), collector);
            return new Execution(collector.tests(), collector.setupFailures(), output.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
            if (previousLanguage == null) {
                System.clearProperty(Language.SYSTEM_PROPERTY);
            } else {
                System.setProperty(Language.SYSTEM_PROPERTY, previousLanguage);
            }
        }
    }

    private LauncherDiscoveryRequest request(CompiledModule compiled, ClassLoader loader, Optional<String> taskId) {
        List<ClassSelector> selectors = new ArrayList<>();
        for (String name : compiled.topLevelTestClasses()) {
            try {
                selectors.add(selectClass(Class.forName(name, false, loader)));
            } catch (ClassNotFoundException | LinkageError e) {
                // javac just wrote it; a class that still cannot load is left out, and shows as a missing test
            }
        }
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request().selectors(selectors);
        taskId.ifPresent(id -> request.filters(TagFilter.includeTags(Task.TASK_TAG_PREFIX + id)));
        return request
                .configurationParameter("junit.jupiter.execution.timeout.default", testTimeout.toMillis() + " ms")
                // A separate thread lets the kit walk away from a learner's endless loop.
                .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .build();
    }

    private static URL url(CompiledModule compiled) {
        try {
            return compiled.output().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** @param setupFailures classes whose set-up failed, so that their tests did not run */
    record Execution(List<TestOutcome> tests, List<TestOutcome> setupFailures, String output) {
        static final Execution NONE = new Execution(List.of(), List.of(), "");
    }

    /**
     * Collects one outcome per test, and one per failed container: a class whose set-up failed
     * runs none of its tests, and the learner still needs to see why.
     */
    private static final class OutcomeCollector implements TestExecutionListener {
        private final List<TestOutcome> tests = Collections.synchronizedList(new ArrayList<>());
        private final List<TestOutcome> setupFailures = Collections.synchronizedList(new ArrayList<>());
        private TestPlan plan;

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            this.plan = testPlan;
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            if (test.isTest()) {
                tests.add(outcome(test, TestStatus.SKIPPED, reason));
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            Optional<Throwable> failure = result.getThrowable();
            TestStatus status = switch (result.getStatus()) {
                case SUCCESSFUL -> TestStatus.PASSED;
                case FAILED -> TestStatus.FAILED;
                case ABORTED -> TestStatus.SKIPPED;
            };
            String message = failure.map(OutcomeCollector::describe).orElse("");
            FailureKind kind = FailureKind.of(failure.orElse(null));
            if (test.isTest()) {
                tests.add(outcome(test, status, message, kind));
            } else if (status == TestStatus.FAILED && test.getSource().isPresent()) {
                setupFailures.add(outcome(test, status, message, kind));
            }
        }

        private TestOutcome outcome(TestIdentifier test, TestStatus status, String message) {
            return outcome(test, status, message, FailureKind.NONE);
        }

        private TestOutcome outcome(TestIdentifier test, TestStatus status, String message, FailureKind kind) {
            Optional<String> task = test.getTags().stream()
                    .map(TestTag::getName)
                    .filter(tag -> tag.startsWith(Task.TASK_TAG_PREFIX))
                    .map(tag -> tag.substring(Task.TASK_TAG_PREFIX.length()))
                    .findFirst();
            return new TestOutcome(testClass(test), test.getDisplayName(), task, status, message, kind);
        }

        // The top-level class a test or container belongs to, found through its own or its parents' source.
        private String testClass(TestIdentifier test) {
            for (Optional<TestIdentifier> at = Optional.of(test); at.isPresent(); at = at.flatMap(plan::getParent)) {
                Object source = at.get().getSource().orElse(null);
                if (source instanceof MethodSource method) {
                    return topLevel(method.getClassName());
                }
                if (source instanceof ClassSource type) {
                    return topLevel(type.getClassName());
                }
            }
            return test.getDisplayName();
        }

        private static String topLevel(String className) {
            int nested = className.indexOf('$');
            return nested < 0 ? className : className.substring(0, nested);
        }

        // An assertion or the stub's marker explains itself; any other exception needs its type to make sense.
        private static String describe(Throwable failure) {
            String message = failure.getMessage();
            if (message == null || message.isBlank()) {
                return failure.toString();
            }
            return failure instanceof AssertionError || failure instanceof TaskNotDoneException
                    ? message.strip()
                    : failure.getClass().getSimpleName() + ": " + message.strip();
        }

        List<TestOutcome> tests() {
            return List.copyOf(tests);
        }

        List<TestOutcome> setupFailures() {
            return List.copyOf(setupFailures);
        }
    }
}
