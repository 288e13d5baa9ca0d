package dev.apikata.kit.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.course.Language;
import dev.apikata.course.Task;
import dev.apikata.kit.grade.LearnerReport.ModuleReport;
import dev.apikata.kit.grade.LearnerReport.TaskReport;
import dev.apikata.kit.grade.LearnerReport.TestReport;
import dev.apikata.kit.project.Project;

/**
 * A learner's results in the shape of Gradescope's {@code results.json}: a test entry per exercise
 * test, with its task's points shared among the task's tests when the task is done, and the total as
 * the top-level score (each task counts whole or not at all, so the share only shows where points
 * come from). A module that did not compile has one entry carrying the compiler's message.
 */
final class GradescopeResults {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeResults() {
    }

    static String of(Project kit, LearnerReport learner, Language language) {
        ObjectNode results = JSON.createObjectNode();
        results.put("score", (double) learner.points());
        results.put("execution_time", Math.round(learner.seconds()));
        results.put("output", summary(learner));
        results.put("visibility", "visible");
        results.put("stdout_visibility", "hidden");
        ArrayNode tests = results.putArray("tests");
        for (ModuleReport module : learner.modules()) {
            if (module.compileError() != null) {
                ObjectNode entry = tests.addObject();
                entry.put("name", module.module() + ": compile error");
                entry.put("status", "failed");
                entry.put("score", 0.0);
                entry.put("max_score", (double) module.maxPoints());
                entry.put("output", module.compileError());
                entry.putArray("tags").add("module:" + module.module());
                continue;
            }
            for (TaskReport task : module.tasks()) {
                String title = kit.task(task.task()).map(Task::title).map(t -> t.in(language)).orElse("");
                double share = task.tests().isEmpty() ? 0 : round((double) task.maxPoints() / task.tests().size());
                int number = 0;
                for (TestReport test : task.tests()) {
                    ObjectNode entry = tests.addObject();
                    entry.put("name", task.task() + " " + title + " > " + test.name());
                    entry.put("number", task.task() + "." + ++number);
                    entry.put("status", test.passed() ? "passed" : "failed");
                    entry.put("score", task.done() ? share : 0.0);
                    entry.put("max_score", share);
                    entry.put("output", test.message());
                    entry.putArray("tags").add("task:" + task.task());
                }
            }
        }
        try {
            return JSON.writeValueAsString(results);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String summary(LearnerReport learner) {
        StringBuilder out = new StringBuilder(learner.points() + "/" + learner.maxPoints() + " points");
        if (!learner.ignoredEdits().isEmpty()) {
            out.append("\nIgnored edits outside src/main/java: ").append(String.join(", ", learner.ignoredEdits()));
        }
        learner.incidents().forEach(incident -> out.append('\n').append(incident));
        return out.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
