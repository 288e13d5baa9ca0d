package dev.apikata.course;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Turns a failing exercise test into a message for the learner.
 *
 * <ul>
 *   <li>If the test reached a stub, the failure is the stub's "not done yet" message alone,
 *       whatever assertion noticed it first.</li>
 *   <li>Otherwise the test's own message (an AssertJ description, WireMock's near-miss report)
 *       is framed by the task's title above and the chapter section and hint command below; if
 *       the code also sent requests no stub expected, they are named too, since they are usually
 *       why the assertion failed.</li>
 *   <li>Once a test of a task did not finish in time (an endless loop, a long wait), the task's
 *       other tests do not run: each would only wait out its own timeout.</li>
 * </ul>
 *
 * Register it on every exercise test class with {@code @ExtendWith(LearnerFeedback.class)}. What it
 * remembers about a test lives in that test's {@link ExtensionContext.Store}, and the tasks that
 * timed out in the run's root store, so tests may run in parallel.
 */
public final class LearnerFeedback
        implements BeforeEachCallback, InvocationInterceptor, TestExecutionExceptionHandler, ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LearnerFeedback.class);
    private static final String TIMED_OUT_TASKS = "timed-out tasks";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> stopped = taskOf(context).filter(timedOutTasks(context)::contains);
        return stopped.map(task -> ConditionEvaluationResult.disabled(LearnerMessages.in(Language.detect()).skippedAfterTimeout(task)))
                .orElseGet(() -> ConditionEvaluationResult.enabled("no test of its task timed out"));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(ReachedStubs.class, new ReachedStubs());
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        proceedNotingStubs(invocation, extensionContext);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        proceedNotingStubs(invocation, extensionContext);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (failure instanceof TimeoutException) {
            taskOf(context).ifPresent(timedOutTasks(context)::add);
        }
        throw explain(context, failure, true);
    }

    /** Lets {@code requests} add its report to this test's failures. */
    static void watchRequests(ExtensionContext context, UnexpectedRequests requests) {
        context.getStore(NAMESPACE).put(UnexpectedRequests.class, requests);
    }

    /**
     * The failure as the learner should read it: the stub's marker if the test reached one, else
     * {@code failure} framed with its task, else (no manifest or task tag) {@code failure} itself.
     *
     * @param withRequests whether to add the report of requests no stub expected
     */
    static Throwable explain(ExtensionContext context, Throwable failure, boolean withRequests) {
        Optional<TaskNotDoneException> stub = Optional.ofNullable(store(context).get(ReachedStubs.class, ReachedStubs.class))
                .flatMap(ReachedStubs::first)
                .or(() -> markerIn(failure));
        if (stub.isPresent()) {
            return stub.get();
        }
        Optional<ExerciseManifest> manifest = ExerciseManifest.onClassPath(context.getRequiredTestClass().getClassLoader());
        Optional<Task> task = taskOf(context).flatMap(id -> manifest.flatMap(m -> m.task(id)));
        if (manifest.isEmpty() || task.isEmpty()) {
            return failure;
        }
        LearnerMessages messages = LearnerMessages.in(Language.detect());
        String newline = System.lineSeparator();
        StringBuilder message = new StringBuilder(messages.failureHeading(task.get())).append(newline);
        if (failure instanceof TimeoutException) {
            message.append(messages.timedOut(task.get())).append(newline);
        }
        message.append(describe(failure));
        UnexpectedRequests requests = store(context).get(UnexpectedRequests.class, UnexpectedRequests.class);
        if (requests != null && withRequests) {
            requests.report(messages).ifPresent(report -> message.append(newline).append(report));
        }
        message.append(newline).append(messages.failureFooter(manifest.get(), task.get()));
        return new LearnerFailure(message.toString(), failure);
    }

    private static void proceedNotingStubs(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        ReachedStubs reached = store(context).get(ReachedStubs.class, ReachedStubs.class);
        if (reached == null) {
            invocation.proceed();
            return;
        }
        try (ReachedStubs.Scope scope = reached.enter()) {
            invocation.proceed();
        }
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> timedOutTasks(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(TIMED_OUT_TASKS, key -> ConcurrentHashMap.<String>newKeySet(), Set.class);
    }

    // A marker thrown on a thread the test did not start (a shared pool) still travels as a cause.
    private static Optional<TaskNotDoneException> markerIn(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof TaskNotDoneException marker) {
                return Optional.of(marker);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> taskOf(ExtensionContext context) {
        return context.getTags().stream()
                .filter(tag -> tag.startsWith(Task.TASK_TAG_PREFIX))
                .map(tag -> tag.substring(Task.TASK_TAG_PREFIX.length()))
                .findFirst();
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.toString(); // a NullPointerException without a message is still worth naming
        }
        // An assertion explains itself; any other exception needs its type to make sense.
        return failure instanceof AssertionError ? message.strip() : failure.getClass().getSimpleName() + ": " + message.strip();
    }
}
