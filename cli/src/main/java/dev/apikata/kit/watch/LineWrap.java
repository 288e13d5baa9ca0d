package dev.apikata.kit.watch;

import dev.apikata.kit.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a line that is wider than the terminal into rows that fit, between words: at a space in
 * English, between two characters in Japanese (never before 、。」 or after 「), so that a terminal's
 * own wrapping does not cut "Content-Type" into "Conte" and "nt-Type". Rows after the first keep
 * the line's indentation, and a list item's text lines up under the text. A line whose only colour
 * is around all of it keeps that colour on every row; a line with colour inside is left to the
 * terminal.
 */
final class LineWrap {

    private static final Pattern STYLED = Pattern.compile("((?:\u001b\\[[0-9;]*m)+)(.*?)((?:\u001b\\[[0-9;]*m)+)");
    private static final String NO_LINE_START = "、。，．・：；？！）」』】〉》〕ー…,.;:!?)]}%";
    private static final String NO_LINE_END = "（「『【〈《〔([{";

    private LineWrap() {
    }

    /** The rows {@code line} takes on a terminal {@code columns} wide. */
    static List<String> wrap(String line, int columns) {
        if (TextTable.width(ScreenStyle.withoutEscapes(line)) <= columns) {
            return List.of(line);
        }
        Matcher styled = STYLED.matcher(line);
        if (styled.matches() && !styled.group(2).contains("\u001b")) {
            return wrapPlain(styled.group(2), columns).stream().map(row -> styled.group(1) + row + styled.group(3)).toList();
        }
        return line.contains("\u001b") ? List.of(line) : wrapPlain(line, columns);
    }

    private static List<String> wrapPlain(String line, int columns) {
        String indent = continuationIndent(line);
        // An indentation that leaves no room to write in is not kept.
        if (TextTable.width(indent) > columns / 2) {
            indent = "";
        }
        List<String> rows = new ArrayList<>();
        String rest = line;
        String prefix = "";
        while (TextTable.width(prefix + rest) > columns) {
            int cut = breakPoint(rest, columns - TextTable.width(prefix));
            rows.add((prefix + rest.substring(0, cut)).stripTrailing());
            rest = rest.substring(cut).stripLeading();
            prefix = indent;
        }
        if (!rest.isEmpty()) {
            rows.add(prefix + rest);
        }
        return rows;
    }

    /** Where to end a row of at most {@code room} columns: after the last space or between wide characters, else where it is full. */
    private static int breakPoint(String text, int room) {
        int used = 0;
        int fullAt = 0;
        int best = -1;
        int firstText = text.length() - text.stripLeading().length();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = TextTable.width(Character.toString(codePoint));
            if (used + width > room) {
                break;
            }
            if (i > firstText && canBreakBefore(text, i)) {
                best = i;
            }
            used += width;
            i += Character.charCount(codePoint);
            fullAt = i;
        }
        if (fullAt < text.length() && text.charAt(fullAt) == ' ') {
            return fullAt;
        }
        return best > 0 ? best : Math.max(fullAt, Character.charCount(text.codePointAt(0)));
    }

    private static boolean canBreakBefore(String text, int i) {
        char before = text.charAt(i - 1);
        char here = text.charAt(i);
        if (before == ' ') {
            return here != ' ';
        }
        boolean wideAround = TextTable.width(String.valueOf(before)) == 2 || TextTable.width(String.valueOf(here)) == 2;
        return wideAround && here != ' ' && NO_LINE_START.indexOf(here) < 0 && NO_LINE_END.indexOf(before) < 0;
    }

    private static String continuationIndent(String line) {
        int spaces = line.length() - line.stripLeading().length();
        String indent = line.substring(0, spaces);
        String text = line.substring(spaces);
        return text.startsWith("- ") || text.startsWith("* ") ? indent + "  " : indent;
    }
}
