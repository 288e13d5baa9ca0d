package dev.apikata.chapters.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shown output with its variable parts, matched against what a real run printed.
 *
 * <ul>
 *   <li>a line that is only {@code ...} stands for any number of lines, none included;</li>
 *   <li>{@code ...} inside a line stands for any text on that line;</li>
 *   <li>{@code <id>}, {@code <n>}, {@code <port>}, {@code <ms>}: a number;
 *       {@code <date>}: an HTTP or ISO-8601 date and time; {@code <uuid>}; {@code <token>}: a
 *       token or key (letters, digits and {@code -._~+/=}); {@code <version>}: a version number;</li>
 *   <li>two or more spaces inside a line, a table's column gap, stand for two or more spaces.</li>
 * </ul>
 *
 * Lines are compared without trailing white space. A trimmed output only has to appear line by
 * line, in order, with anything in between; its lines are also compared without leading white space.
 */
public final class OutputPattern {

    /** The variable parts a shown output may use, and what each matches. */
    public static final Map<String, String> PLACEHOLDERS = Map.of(
            "<id>", "\\d+",
            "<n>", "\\d+",
            "<port>", "\\d+",
            "<ms>", "\\d+(?:[.,]\\d+)?",
            "<date>", "(?:[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"
                    + "|\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)",
            "<uuid>", "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
            "<token>", "[A-Za-z0-9._~+/=-]+",
            "<version>", "\\d[0-9A-Za-z.+_-]*");

    private static final Pattern VARIABLE = Pattern.compile("\\.\\.\\.|<(?:id|n|port|ms|date|uuid|token|version)>");
    private static final String ANY_LINES = "...";
    private static final Pattern COLUMN_GAP = Pattern.compile(" {2,}");

    private final List<String> shown;
    private final List<Pattern> patterns;
    private final boolean trimmed;

    private OutputPattern(List<String> shown, boolean trimmed) {
        this.shown = shown.stream().map(line -> trimmed ? line.strip() : line.stripTrailing()).toList();
        this.trimmed = trimmed;
        this.patterns = this.shown.stream().map(OutputPattern::compile).toList();
    }

    public static OutputPattern exact(List<String> shown) {
        return new OutputPattern(withoutOuterBlankLines(shown), false);
    }

    public static OutputPattern trimmed(List<String> shown) {
        return new OutputPattern(shown.stream().filter(line -> !line.isBlank()).toList(), true);
    }

    /** Why {@code actual} does not match, or nothing when it does. */
    public Optional<String> mismatch(String actualText) {
        List<String> actual = withoutOuterBlankLines(actualText.lines()
                .map(line -> trimmed ? line.strip() : line.stripTrailing()).toList());
        return trimmed ? mismatchInOrder(actual) : mismatchExact(actual);
    }

    private Optional<String> mismatchInOrder(List<String> actual) {
        int from = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).equals(ANY_LINES)) {
                continue;
            }
            int found = -1;
            for (int j = from; j < actual.size(); j++) {
                if (patterns.get(i).matcher(actual.get(j)).matches()) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return Optional.of("shown line " + (i + 1) + " is not in the real output"
                        + (from > 0 ? " (after line " + from + " of it)" : "") + ":\n    shown: " + shown.get(i)
                        + "\n  the real output:\n" + excerpt(actual));
            }
            from = found + 1;
        }
        return Optional.empty();
    }

    private Optional<String> mismatchExact(List<String> actual) {
        // matched[i][j]: shown lines from i on match actual lines from j on.
        int n = shown.size();
        int m = actual.size();
        boolean[][] matched = new boolean[n + 1][m + 1];
        matched[n][m] = true;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                if (shown.get(i).equals(ANY_LINES)) {
                    matched[i][j] = matched[i + 1][j] || (j < m && matched[i][j + 1]);
                } else {
                    matched[i][j] = j < m && patterns.get(i).matcher(actual.get(j)).matches() && matched[i + 1][j + 1];
                }
            }
        }
        if (matched[0][0]) {
            return Optional.empty();
        }
        // Report the first line that differs when walking both in step.
        int i = 0;
        int j = 0;
        while (i < n && j < m && !shown.get(i).equals(ANY_LINES) && patterns.get(i).matcher(actual.get(j)).matches()) {
            i++;
            j++;
        }
        String expected = i < n ? shown.get(i) : "(the shown output ends here)";
        String got = j < m ? actual.get(j) : "(the real output ends here)";
        return Optional.of("shown line " + (i + 1) + " differs from the real output's line " + (j + 1) + ":\n    shown: "
                + expected + "\n    real:  " + got + "\n  the real output:\n" + excerpt(actual));
    }

    private static String excerpt(List<String> actual) {
        List<String> lines = new ArrayList<>(actual.subList(0, Math.min(actual.size(), 60)));
        if (actual.size() > lines.size()) {
            lines.add("... (" + (actual.size() - lines.size()) + " more lines)");
        }
        return lines.isEmpty() ? "    (nothing)" : "    | " + String.join("\n    | ", lines);
    }

    private static Pattern compile(String line) {
        if (line.equals(ANY_LINES)) {
            return Pattern.compile(".*");
        }
        StringBuilder regex = new StringBuilder();
        Matcher variable = VARIABLE.matcher(line);
        int last = 0;
        while (variable.find()) {
            regex.append(literal(line.substring(last, variable.start())));
            regex.append(variable.group().equals("...") ? ".*?" : PLACEHOLDERS.get(variable.group()));
            last = variable.end();
        }
        regex.append(literal(line.substring(last)));
        return Pattern.compile(regex.toString());
    }

    // Two or more spaces are a table's column gap: a wider column (a longer module title) still matches.
    private static String literal(String text) {
        StringBuilder regex = new StringBuilder();
        Matcher gap = COLUMN_GAP.matcher(text);
        int last = 0;
        while (gap.find()) {
            regex.append(Pattern.quote(text.substring(last, gap.start()))).append(" {2,}");
            last = gap.end();
        }
        return regex.append(Pattern.quote(text.substring(last))).toString();
    }

    private static List<String> withoutOuterBlankLines(List<String> lines) {
        int start = 0;
        int end = lines.size();
        while (start < end && lines.get(start).isBlank()) {
            start++;
        }
        while (end > start && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(start, end);
    }
}
