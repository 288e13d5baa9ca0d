package dev.apikata.kit.grade;

import dev.apikata.course.ExerciseManifest;
import dev.apikata.course.Language;
import dev.apikata.course.Task;
import dev.apikata.kit.grade.LearnerReport.ModuleReport;
import dev.apikata.kit.grade.LearnerReport.TaskReport;
import dev.apikata.kit.grade.LearnerReport.TestReport;
import dev.apikata.kit.mistakes.KnownMistake;
import dev.apikata.kit.mistakes.MistakeCatalogue;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import java.util.Optional;

/**
 * A learner's feedback, in Markdown: the total, then each module and task, and for a task that
 * does not pass its failing tests with their learner messages, the explanation of a known mistake
 * the failures match, the first hint and the chapter section to read.
 */
final class FeedbackMarkdown {

    private FeedbackMarkdown() {
    }

    static String of(Project kit, LearnerReport learner, GradeTexts texts) {
        Language language = texts.language();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(texts.get("feedback.title", learner.learner())).append("\n\n");
        out.append(texts.get("feedback.total", learner.points(), learner.maxPoints(), learner.percent())).append("\n\n");
        for (ModuleReport module : learner.modules()) {
            Optional<ExerciseModule> known = kit.module(module.module());
            ExerciseManifest manifest = known.map(ExerciseModule::manifest).orElse(null);
            String title = manifest == null ? "" : manifest.title().in(language);
            out.append("## ").append(texts.get("feedback.module", manifest == null ? module.module() : manifest.id(),
                    title, module.points(), module.maxPoints())).append("\n\n");
            if (module.compileError() != null) {
                out.append(texts.get("feedback.compileError")).append("\n\n");
                fenced(out, module.compileError());
                continue;
            }
            MistakeCatalogue mistakes = known.map(MistakeCatalogue::of).orElse(null);
            for (TaskReport report : module.tasks()) {
                task(out, manifest, mistakes, report, texts);
            }
        }
        if (!learner.ignoredEdits().isEmpty()) {
            out.append(texts.get("feedback.ignoredEdits")).append("\n\n");
            learner.ignoredEdits().forEach(edit -> out.append("- `").append(edit).append("`\n"));
            out.append('\n');
        }
        if (!learner.incidents().isEmpty()) {
            out.append(texts.get("feedback.incidents")).append("\n\n");
            learner.incidents().forEach(incident -> out.append("- ").append(incident).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    private static void task(StringBuilder out, ExerciseManifest manifest, MistakeCatalogue mistakes, TaskReport report,
            GradeTexts texts) {
        Language language = texts.language();
        Optional<Task> task = manifest == null ? Optional.empty() : manifest.task(report.task());
        String title = task.map(Task::title).map(t -> t.in(language)).orElse("");
        if (report.done()) {
            out.append("- ").append(texts.get("feedback.task.done", report.task(), title, report.maxPoints())).append('\n');
            return;
        }
        out.append("\n### ").append(texts.get("feedback.task.open", report.task(), title, report.maxPoints())).append("\n\n");
        for (String id : report.knownMistakes()) {
            mistakes.mistakes().stream().filter(mistake -> mistake.id().equals(id)).findFirst()
                    .map(KnownMistake::explain).map(explain -> explain.in(language))
                    .ifPresent(text -> out.append("> ").append(texts.get("feedback.knownMistake", text)).append("\n\n"));
        }
        if (report.tests().stream().anyMatch(test -> !test.passed())) {
            out.append(texts.get("feedback.task.failing")).append("\n\n");
            for (TestReport test : report.tests()) {
                if (!test.passed()) {
                    out.append("- ").append(test.name()).append("\n\n");
                    fenced(out, test.message());
                }
            }
        }
        task.flatMap(t -> t.hints().stream().findFirst()).map(hint -> hint.in(language))
                .ifPresent(hint -> out.append(texts.get("feedback.hint", hint)).append("\n\n"));
        task.ifPresent(t -> out.append(texts.get("feedback.read", manifest.chapterLink(t, language))).append("\n\n"));
    }

    // Four backticks: a learner message may itself contain three.
    private static void fenced(StringBuilder out, String text) {
        out.append("````text\n").append(text.strip()).append("\n````\n\n");
    }
}
