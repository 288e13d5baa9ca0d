package dev.apikata.chapters.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One fenced code block of a Markdown file.
 *
 * @param file     the file's path relative to the project root, for messages
 * @param line     the line of the opening fence (1-based)
 * @param language the first word of the fence's info string, lower case ({@code ""} for none)
 * @param lines    the block's content lines, without the fences and their indentation
 * @param marker   the {@code <!-- doc: ... -->} comment right above it, if any
 */
public record CodeBlock(String file, int line, String language, List<String> lines, Optional<Marker> marker) {

    public CodeBlock {
        language = language.toLowerCase(Locale.ROOT);
        lines = List.copyOf(lines);
    }

    public String text() {
        return String.join("\n", lines);
    }

    /** The chapter line of the block's {@code index}-th content line (0-based). */
    public int lineOf(int index) {
        return line + 1 + index;
    }

    public boolean isJava() {
        return language.equals("java") || language.equals("jshell");
    }

    public boolean isShell() {
        return List.of("bash", "sh", "shell", "console", "zsh").contains(language);
    }

    public boolean isPlain() {
        return language.isEmpty() || language.equals("text") || language.equals("txt") || language.equals("plaintext");
    }

    public boolean isMermaid() {
        return language.equals("mermaid");
    }

    /** A jshell session as it appears on screen: prompts, input and what jshell answered. */
    public boolean isJShellTranscript() {
        return isJava() && lines.stream().anyMatch(l -> l.startsWith("jshell> "));
    }

    public boolean hasMarker(Marker.Kind kind) {
        return marker.filter(m -> m.kind() == kind).isPresent();
    }

    /** {@code chapters/en/01-http-methods.md:123}: where a reader finds the block. */
    public String where() {
        return file + ":" + line;
    }
}
