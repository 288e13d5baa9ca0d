package dev.apikata.chapters.check;

import dev.apikata.chapters.markdown.MarkdownFile;
import dev.apikata.course.ExerciseManifest;
import dev.apikata.course.Language;
import dev.apikata.course.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter names its module's tasks as the manifest does: a task table row ({@code | 01.3 | title
 * | points | [link](#section) |}) has the manifest's title, points and section, and the section a
 * task's manifest entry points to introduces that task and no other ("Task 01.3, ..." / 「タスク 01.3」).
 */
public final class TaskReferences {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\d{2}\\.\\d+)\\s*\\|(.*)\\|\\s*$");
    private static final Pattern LINK_ANCHOR = Pattern.compile("\\(#([^)]+)\\)");
    private static final Pattern ANCHOR = Pattern.compile("<a\\s+id=\"([^\"]+)\"");

    private TaskReferences() {
    }

    public static List<String> check(MarkdownFile chapter, ExerciseManifest manifest, Language language) {
        List<String> problems = new ArrayList<>();
        Pattern mention = Pattern.compile(language == Language.JA ? "タスク\\s*(\\d{2}\\.\\d+)" : "Task\\s+(\\d{2}\\.\\d+)");
        String currentAnchor = null;
        boolean mentionSeen = false;
        boolean inFence = false;
        for (int i = 0; i < chapter.lines().size(); i++) {
            String line = chapter.lines().get(i);
            int number = i + 1;
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher anchor = ANCHOR.matcher(line);
            if (anchor.find()) {
                currentAnchor = anchor.group(1);
                mentionSeen = false;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                Optional<Task> task = manifest.task(row.group(1));
                if (task.isPresent()) {
                    checkRow(chapter, number, row.group(2).split("\\|"), task.get(), language, problems);
                }
                continue;
            }
            Optional<Task> owner = sectionOwner(manifest, currentAnchor);
            Matcher named = mention.matcher(line);
            if (owner.isPresent() && !mentionSeen && named.find()) {
                mentionSeen = true;
                if (!named.group(1).equals(owner.get().id())) {
                    problems.add(chapter.name() + ":" + number + ": the section #" + currentAnchor + " introduces task "
                            + named.group(1) + ", but the manifest gives it to task " + owner.get().id());
                }
            }
        }
        return problems;
    }

    /**
     * Each task's hints send the learner to its section by the heading the chapter gives it, quoted
     * as the hints quote (“GET one resource” / 「GET で 1 件取得する」): renaming a heading without its
     * hints fails here.
     */
    public static List<String> hintsNameTheirSections(MarkdownFile chapter, ExerciseManifest manifest, Language language) {
        List<String> problems = new ArrayList<>();
        for (Task task : manifest.tasks()) {
            Optional<String> heading = headingAfterAnchor(chapter, task.section());
            if (heading.isEmpty()) {
                continue; // a missing anchor is the manifest check's to report
            }
            String quoted = language == Language.JA ? "「" + heading.get() + "」" : "“" + heading.get() + "”";
            if (task.hints().stream().noneMatch(hint -> hint.in(language).contains(quoted))) {
                problems.add(chapter.name() + ": no hint of task " + task.id() + " names its section " + quoted
                        + " (the heading after <a id=\"" + task.section() + "\">): update the hints in the manifest"
                        + " or the heading, so both say the same");
            }
        }
        return problems;
    }

    /** The text of the first heading after {@code <a id="anchor">}, without Markdown emphasis or code marks. */
    static Optional<String> headingAfterAnchor(MarkdownFile chapter, String anchor) {
        String tag = "<a id=\"" + anchor + "\"";
        for (int i = 0; i < chapter.lines().size(); i++) {
            if (chapter.lines().get(i).contains(tag)) {
                int anchorLine = i + 1;
                return chapter.headings().stream().filter(h -> h.line() > anchorLine).findFirst()
                        .map(h -> h.text().replaceAll("[`*]", ""));
            }
        }
        return Optional.empty();
    }

    private static Optional<Task> sectionOwner(ExerciseManifest manifest, String anchor) {
        return anchor == null ? Optional.empty()
                : manifest.tasks().stream().filter(task -> task.section().equals(anchor)).findFirst();
    }

    private static void checkRow(MarkdownFile chapter, int line, String[] cells, Task task, Language language,
            List<String> problems) {
        String where = chapter.name() + ":" + line + ": the row of task " + task.id();
        if (cells.length < 3) {
            problems.add(where + " needs the columns title, points and section");
            return;
        }
        String title = cells[0].strip();
        if (!title.equals(task.title().in(language))) {
            problems.add(where + " shows the title \"" + title + "\"; the manifest says \"" + task.title().in(language) + "\"");
        }
        if (!cells[1].strip().equals(String.valueOf(task.points()))) {
            problems.add(where + " shows " + cells[1].strip() + " points; the manifest says " + task.points());
        }
        Matcher link = LINK_ANCHOR.matcher(cells[2]);
        if (!link.find() || !link.group(1).equals(task.section())) {
            problems.add(where + " links to " + cells[2].strip() + "; the manifest's section is #" + task.section());
        }
    }
}
