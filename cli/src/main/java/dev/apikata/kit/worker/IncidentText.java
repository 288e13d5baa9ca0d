package dev.apikata.kit.worker;

import dev.apikata.course.Language;
import dev.apikata.kit.LocalizedMessages;
import java.time.Duration;
import java.util.Optional;

/** The learner's words for what stopped the tests: a timeout, an exit, memory, a stray thread. */
final class IncidentText {

    private final LocalizedMessages text;

    IncidentText(Language language) {
        this.text = LocalizedMessages.load("dev.apikata.kit.worker.messages", language);
    }

    String timeout(String task, Duration limit, Optional<String> method) {
        return withPlace(text.get("timeout", task, seconds(limit)), "timeout.at", method);
    }

    String exit(String task, Optional<String> method, int exitCode) {
        return method.map(name -> text.get("exit", name)).orElseGet(() -> text.get("exit.unknown", task, exitCode));
    }

    String outOfMemory(String task, Optional<String> method) {
        return withPlace(text.get("oom", task), "oom.at", method);
    }

    String crash(String task, int exitCode) {
        return text.get("crash", task, exitCode);
    }

    String deadline(Duration limit, String task) {
        return text.get("deadline", seconds(limit), task);
    }

    String notRunAfter(String task) {
        return text.get("not.run.task", task);
    }

    String notRunAfterStop(String task) {
        return text.get("not.run.task.stopped", task);
    }

    String notRunAfterSetUp(String container) {
        return text.get("not.run.setup", container);
    }

    String notRunWorkerStopped() {
        return text.get("not.run.worker");
    }

    String stray(WorkerMessage.StrayThread thread) {
        return text.get("stray", thread.task(), thread.name(), thread.method());
    }

    String outputCut(int limit) {
        return text.get("output.cut", String.valueOf(limit));
    }

    String restarted() {
        return text.get("restarted");
    }

    private String withPlace(String sentence, String key, Optional<String> method) {
        return method.map(name -> sentence + " " + text.get(key, name)).orElse(sentence);
    }

    private static String seconds(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
