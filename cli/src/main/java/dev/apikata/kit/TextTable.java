package dev.apikata.kit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Help.Ansi;

/**
 * A plain-text table for the terminal, aligned by display width: a Japanese character takes two
 * columns, so padding by {@code String.length()} would break every Japanese header. Cells may carry
 * a picocli style ({@code green}, {@code red,bold}), applied after padding, and only where
 * {@link Ansi} says the terminal shows colour.
 */
public final class TextTable {

    /** One cell: its text and an optional picocli style. */
    public record Cell(String text, String style) {
        public static Cell plain(String text) {
            return new Cell(text, "");
        }

        public static Cell styled(String text, String style) {
            return new Cell(text, style);
        }
    }

    private final List<Cell[]> rows = new ArrayList<>();
    private final List<List<String>> notes = new ArrayList<>();

    public TextTable header(String... titles) {
        return row(Arrays.stream(titles).map(title -> Cell.styled(title, "bold")).toArray(Cell[]::new));
    }

    public TextTable row(Cell... cells) {
        rows.add(cells);
        notes.add(new ArrayList<>());
        return this;
    }

    /** A free line under the last row (details of a breach), indented and not aligned. */
    public TextTable note(String line) {
        notes.get(notes.size() - 1).add(line);
        return this;
    }

    public String render(Ansi ansi) {
        int columns = rows.stream().mapToInt(row -> row.length).max().orElse(0);
        int[] widths = new int[columns];
        for (Cell[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i].text()));
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            Cell[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String padded = i == row.length - 1 ? row[i].text()
                        : row[i].text() + " ".repeat(widths[i] - width(row[i].text()) + 2);
                line.append(style(ansi, row[i].style(), padded));
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
            for (String note : notes.get(r)) {
                text.append("    ").append(note).append(System.lineSeparator());
            }
        }
        return text.toString();
    }

    private static String style(Ansi ansi, String style, String text) {
        if (style.isEmpty() || text.isBlank()) {
            return text;
        }
        String trimmed = text.stripTrailing();
        // picocli's markup would read a "|@" in the text as its own; such text stays plain.
        return trimmed.contains("|@") ? text
                : ansi.string("@|" + style + " " + trimmed + "|@") + text.substring(trimmed.length());
    }

    /** Columns a terminal needs for {@code text}: two for each East Asian wide character. */
    public static int width(String text) {
        return text.codePoints().map(TextTable::width).sum();
    }

    private static int width(int codePoint) {
        boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F)
                || (codePoint >= 0x2E80 && codePoint <= 0xA4CF && codePoint != 0x303F)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
                || (codePoint >= 0x1F300 && codePoint <= 0x1FAFF)
                || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
