package dev.apikata.chapters.run;

import java.util.List;
import java.util.Objects;

/**
 * The code of a block without what may differ between the Japanese and the English chapter, or
 * between a quote and its file: comments, indentation, blank lines and {@code ...} elisions.
 */
public final class CodeLines {

    private CodeLines() {
    }

    /** The lines that carry code, in {@code language}'s comment syntax. */
    public static List<String> of(List<String> lines, String language) {
        boolean slashes = List.of("java", "jshell", "javascript", "js", "json", "c").contains(language);
        boolean hashes = List.of("bash", "sh", "shell", "console", "zsh", "yaml", "yml", "powershell", "properties", "python", "py",
                "text", "").contains(language);
        boolean xml = language.equals("xml") || language.equals("html");
        StringBuilder all = new StringBuilder();
        for (String line : lines) {
            all.append(line).append('\n');
        }
        String text = all.toString();
        if (slashes) {
            text = withoutSlashComments(text);
        }
        if (xml) {
            text = text.replaceAll("(?s)<!--.*?-->", "");
        }
        return text.lines()
                .map(line -> hashes ? withoutHashComment(line) : line)
                .map(CodeLines::normalized)
                .filter(line -> !line.isEmpty() && !line.equals("...") && !line.equals("…"))
                .filter(Objects::nonNull)
                .toList();
    }

    private static String normalized(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    /** Drops {@code // ...} and {@code /* ... *}{@code /} outside string and character literals. */
    static String withoutSlashComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? text.length() : end + 3;
                out.append(text, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, text.length());
                out.append(text, i, j);
                i = j;
            } else if (text.startsWith("//", i)) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                String comment = text.substring(i, end < 0 ? text.length() : end + 2);
                out.append("\n".repeat((int) comment.chars().filter(ch -> ch == '\n').count()));
                i = end < 0 ? text.length() : end + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Drops a {@code #} comment: a whole-line one, or one after white space outside quotes. */
    static String withoutHashComment(String line) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
