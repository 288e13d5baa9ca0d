package dev.apikata.kit.grade;

import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The gradebook: a row per learner, a column per module, then total, maximum and percent. UTF-8
 * with a byte-order mark and CRLF line ends, quoted where needed (RFC 4180), so Excel opens a
 * Japanese name correctly and Google Sheets imports it as it is.
 */
final class GradesCsv {

    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private GradesCsv() {
    }

    static String of(Project kit, List<LearnerReport> learners) {
        StringBuilder out = new StringBuilder(BOM);
        List<String> header = new ArrayList<>(List.of("learner"));
        kit.modules().stream().map(ExerciseModule::name).forEach(header::add);
        header.addAll(List.of("total", "max", "percent"));
        row(out, header);
        for (LearnerReport learner : learners) {
            List<String> cells = new ArrayList<>(List.of(learner.learner()));
            for (ExerciseModule module : kit.modules()) {
                cells.add(learner.modules().stream().filter(m -> m.module().equals(module.name())).findFirst()
                        .map(m -> String.valueOf(m.points())).orElse(""));
            }
            cells.add(String.valueOf(learner.points()));
            cells.add(String.valueOf(learner.maxPoints()));
            cells.add(String.format(Locale.ROOT, "%.1f", learner.percent()));
            row(out, cells);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(cells.get(i)));
        }
        out.append(CRLF);
    }

    // A formula-looking first character is neutralised: a learner named "=cmd|…" must not run in Excel.
    private static String quoted(String cell) {
        String safe = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+") ? "'" + cell : cell;
        boolean needsQuotes = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return needsQuotes ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
