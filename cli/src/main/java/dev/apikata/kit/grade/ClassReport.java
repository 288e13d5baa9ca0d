package dev.apikata.kit.grade;

import dev.apikata.course.Language;
import dev.apikata.course.Task;
import dev.apikata.kit.grade.LearnerReport.ModuleReport;
import dev.apikata.kit.grade.LearnerReport.TaskReport;
import dev.apikata.kit.mistakes.KnownMistake;
import dev.apikata.kit.mistakes.MistakeCatalogue;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The class report: one self-contained HTML page (no network, no external script, style or font;
 * its Content-Security-Policy forbids them) with a histogram of the totals, the pass rate of every
 * task, the known mistakes the class made most, and a table of learners that sorts by any column,
 * filters as you type and links to each learner's feedback.
 */
final class ClassReport {

    // To the minute, with the offset: when the class was graded, not a log timestamp.
    private static final DateTimeFormatter GRADED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);


    static final int BINS = 10;

    private ClassReport() {
    }

    static String of(Project kit, List<LearnerReport> learners, Map<String, String> feedbackFiles, List<String> protections,
            GradeTexts texts, ZonedDateTime when) {
        Language language = texts.language();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; ")
                .append("script-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(texts.get("report.title"))).append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        int max = kit.modules().stream().mapToInt(module -> module.manifest().totalPoints()).sum();
        html.append("<h1>").append(escape(texts.get("report.title"))).append("</h1>\n<p id=\"summary\">")
                .append(escape(texts.get("report.summary", learners.size(), median(learners), max,
                        when.format(GRADED_AT))))
                .append("</p>\n");
        histogram(html, learners, texts);
        passRates(html, kit, learners, texts);
        mistakes(html, kit, learners, texts);
        table(html, kit, learners, feedbackFiles, texts);
        html.append("<p id=\"protections\">").append(escape(texts.get("report.protections", String.join("; ", protections))))
                .append("</p>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void histogram(StringBuilder html, List<LearnerReport> learners, GradeTexts texts) {
        int[] counts = bins(learners);
        int highest = Math.max(1, Arrays.stream(counts).max().orElse(1));
        html.append("<section id=\"histogram\"><h2>").append(escape(texts.get("report.histogram"))).append("</h2>\n")
                .append("<svg viewBox=\"0 0 ").append(BINS * 44).append(" 150\" role=\"img\" aria-label=\"")
                .append(escape(texts.get("report.histogram"))).append("\">\n");
        for (int bin = 0; bin < BINS; bin++) {
            int height = 100 * counts[bin] / highest;
            int x = bin * 44;
            html.append("<g class=\"bar\" data-bin=\"").append(bin).append("\" data-count=\"").append(counts[bin]).append("\">")
                    .append("<rect x=\"").append(x + 4).append("\" y=\"").append(120 - height).append("\" width=\"36\" height=\"")
                    .append(height).append("\"></rect><text x=\"").append(x + 22).append("\" y=\"").append(114 - height)
                    .append("\">").append(counts[bin]).append("</text><text class=\"axis\" x=\"").append(x + 22)
                    .append("\" y=\"138\">").append(bin * 10).append("–").append(bin == BINS - 1 ? 100 : bin * 10 + 9)
                    .append("</text></g>\n");
        }
        html.append("<text class=\"axis\" x=\"").append(BINS * 22).append("\" y=\"150\">%</text></svg></section>\n");
    }

    /** How many learners fall in each tenth of the points; 100 % counts in the last. */
    static int[] bins(List<LearnerReport> learners) {
        int[] counts = new int[BINS];
        for (LearnerReport learner : learners) {
            counts[Math.min(BINS - 1, (int) Math.floor(learner.percent() / 10))]++;
        }
        return counts;
    }

    private static void passRates(StringBuilder html, Project kit, List<LearnerReport> learners, GradeTexts texts) {
        html.append("<section id=\"tasks\"><h2>").append(escape(texts.get("report.tasks"))).append("</h2>\n<table class=\"rates\">\n");
        for (ExerciseModule module : kit.modules()) {
            for (Task task : module.manifest().tasks()) {
                long done = learners.stream().filter(learner -> task(learner, module.name(), task.id())
                        .map(TaskReport::done).orElse(false)).count();
                double rate = learners.isEmpty() ? 0 : (double) done / learners.size();
                String percent = String.format(Locale.ROOT, "%.0f", rate * 100);
                html.append("<tr class=\"task\" data-task=\"").append(task.id()).append("\" data-rate=\"")
                        .append(String.format(Locale.ROOT, "%.4f", rate)).append("\"><th>").append(task.id()).append(' ')
                        .append(escape(task.title().in(texts.language()))).append("</th><td><span class=\"rate\" style=\"width:")
                        .append(percent).append("%\"></span></td><td class=\"num\">").append(percent).append(" %</td></tr>\n");
            }
        }
        html.append("</table></section>\n");
    }

    private static void mistakes(StringBuilder html, Project kit, List<LearnerReport> learners, GradeTexts texts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, KnownMistake> known = new LinkedHashMap<>();
        for (ExerciseModule module : kit.modules()) {
            MistakeCatalogue.of(module).mistakes().forEach(mistake -> known.put(mistake.id(), mistake));
        }
        for (LearnerReport learner : learners) {
            learner.modules().stream().flatMap(module -> module.tasks().stream())
                    .flatMap(task -> task.knownMistakes().stream()).distinct()
                    .forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        html.append("<section id=\"mistakes\"><h2>").append(escape(texts.get("report.mistakes"))).append("</h2>\n");
        if (counts.isEmpty()) {
            html.append("<p>").append(escape(texts.get("report.mistakes.none"))).append("</p></section>\n");
            return;
        }
        html.append("<ol>\n");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> {
                    KnownMistake mistake = known.get(entry.getKey());
                    html.append("<li class=\"mistake\" data-mistake=\"").append(escape(entry.getKey())).append("\" data-count=\"")
                            .append(entry.getValue()).append("\"><strong>").append(escape(entry.getKey())).append("</strong> — ")
                            .append(escape(texts.get("report.learnersWithMistake", entry.getValue()))).append("<br>")
                            .append(escape(mistake == null ? "" : mistake.explain().in(texts.language()))).append("</li>\n");
                });
        html.append("</ol></section>\n");
    }

    private static void table(StringBuilder html, Project kit, List<LearnerReport> learners, Map<String, String> feedbackFiles,
            GradeTexts texts) {
        html.append("<section id=\"learners\"><h2>").append(escape(texts.get("report.learners"))).append("</h2>\n")
                .append("<label>").append(escape(texts.get("report.filter"))).append(" <input id=\"filter\" type=\"search\"></label>\n")
                .append("<table id=\"learner-table\"><thead><tr><th data-type=\"text\">").append(escape(texts.get("report.column.learner")))
                .append("</th>");
        for (ExerciseModule module : kit.modules()) {
            html.append("<th data-type=\"number\">").append(escape(module.id())).append("</th>");
        }
        html.append("<th data-type=\"number\">").append(escape(texts.get("report.column.total"))).append("</th><th data-type=\"number\">")
                .append(escape(texts.get("report.column.percent"))).append("</th><th data-type=\"text\">")
                .append(escape(texts.get("report.column.notes"))).append("</th></tr></thead>\n<tbody>\n");
        List<LearnerReport> sorted = new ArrayList<>(learners);
        sorted.sort(Comparator.comparing(LearnerReport::learner));
        for (LearnerReport learner : sorted) {
            html.append("<tr><td><a href=\"").append(escape(feedbackFiles.getOrDefault(learner.learner(), ""))).append("\">")
                    .append(escape(learner.learner())).append("</a></td>");
            for (ExerciseModule module : kit.modules()) {
                html.append("<td class=\"num\">").append(learner.modules().stream().filter(m -> m.module().equals(module.name()))
                        .findFirst().map(ModuleReport::points).map(String::valueOf).orElse("")).append("</td>");
            }
            html.append("<td class=\"num\">").append(learner.points()).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.1f", learner.percent())).append("</td><td>")
                    .append(escape(notes(learner))).append("</td></tr>\n");
        }
        html.append("</tbody></table></section>\n");
    }

    private static String notes(LearnerReport learner) {
        List<String> notes = new ArrayList<>();
        learner.modules().stream().filter(module -> module.compileError() != null)
                .forEach(module -> notes.add(module.module() + ": compile error"));
        if (!learner.ignoredEdits().isEmpty()) {
            notes.add(learner.ignoredEdits().size() + " ignored edit(s)");
        }
        notes.addAll(learner.incidents());
        return String.join("; ", notes);
    }

    private static Optional<TaskReport> task(LearnerReport learner, String module, String taskId) {
        return learner.modules().stream().filter(m -> m.module().equals(module)).flatMap(m -> m.tasks().stream())
                .filter(task -> task.task().equals(taskId)).findFirst();
    }

    static int median(List<LearnerReport> learners) {
        if (learners.isEmpty()) {
            return 0;
        }
        int[] points = learners.stream().mapToInt(LearnerReport::points).sorted().toArray();
        return points[(points.length - 1) / 2];
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans JP",sans-serif;margin:2rem;color:#1d2330}
            h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
            svg{max-width:40rem;width:100%}svg rect{fill:#3b6fd8}svg text{font-size:11px;text-anchor:middle}svg .axis{fill:#555;font-size:10px}
            table{border-collapse:collapse}th,td{padding:.25rem .6rem;text-align:left;border-bottom:1px solid #e3e6ee}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            .rates td:nth-child(2){width:16rem}.rate{display:block;height:.8rem;background:#2f9e6e;border-radius:2px}
            #learner-table th{cursor:pointer;user-select:none}#learner-table th[aria-sort=ascending]::after{content:" \\25B2"}
            #learner-table th[aria-sort=descending]::after{content:" \\25BC"}li.mistake{margin-bottom:.6rem}
            """;

    // Sorting and filtering, without any library: click a header, type in the filter.
    private static final String SCRIPT = """
            (function () {
              var table = document.getElementById('learner-table');
              var body = table.tBodies[0];
              var headers = table.tHead.rows[0].cells;
              Array.prototype.forEach.call(headers, function (header, column) {
                header.addEventListener('click', function () {
                  var ascending = header.getAttribute('aria-sort') !== 'ascending';
                  Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
                  header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                  var numeric = header.getAttribute('data-type') === 'number';
                  var rows = Array.prototype.slice.call(body.rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[column].textContent, y = b.cells[column].textContent;
                    var order = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
                    return ascending ? order : -order;
                  });
                  rows.forEach(function (row) { body.appendChild(row); });
                });
              });
              document.getElementById('filter').addEventListener('input', function (event) {
                var needle = event.target.value.toLowerCase();
                Array.prototype.forEach.call(body.rows, function (row) {
                  row.hidden = needle !== '' && row.textContent.toLowerCase().indexOf(needle) < 0;
                });
              });
            })();
            """;
}
