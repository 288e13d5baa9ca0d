package dev.apikata.chapters.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file as the doc tests see it: fenced code blocks with their markers, anchors
 * ({@code <a id="..."></a>} and GitHub's heading anchors), headings and relative links. Problems it
 * finds while reading (a marker it cannot parse, an unclosed fence) are kept, not thrown.
 *
 * @param name the file's path relative to the project root, as messages show it
 */
public record MarkdownFile(Path path, String name, List<String> lines, List<CodeBlock> blocks,
        List<Heading> headings, List<String> explicitAnchors, Set<String> anchors, List<Link> links,
        List<String> problems) {

    /** A heading: {@code ## The HTTP methods} is level 2. */
    public record Heading(int level, String text, int line) { }

    private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*([^`\\s]*)?.*$");
    private static final Pattern ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"\\s*>");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("`+[^`]*`+");

    public static MarkdownFile read(Path path, String name) {
        try {
            return parse(path, name, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    public static MarkdownFile parse(Path path, String name, String text) {
        List<String> lines = text.lines().toList();
        List<CodeBlock> blocks = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        List<String> explicit = new ArrayList<>();
        Set<String> anchors = new LinkedHashSet<>();
        List<Link> links = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Slugs slugs = new Slugs();

        Optional<Marker> pending = Optional.empty();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            Matcher fence = FENCE.matcher(line);
            if (fence.matches()) {
                String indent = fence.group(1);
                String ticks = fence.group(2);
                String language = fence.group(3) == null ? "" : fence.group(3);
                List<String> content = new ArrayList<>();
                int j = i + 1;
                while (j < lines.size() && !isClosing(lines.get(j), ticks)) {
                    content.add(unindent(lines.get(j), indent.length()));
                    j++;
                }
                if (j == lines.size()) {
                    problems.add(name + ":" + number + ": this code block is never closed (" + ticks + ")");
                }
                blocks.add(new CodeBlock(name, number, language, content, pending));
                pending = Optional.empty();
                i = j;
                continue;
            }
            try {
                Optional<Marker> marker = Marker.parse(line, number);
                if (marker.isPresent()) {
                    if (pending.isPresent()) {
                        problems.add(name + ":" + pending.get().line() + ": doc marker without a code block after it");
                    }
                    pending = marker;
                    continue;
                }
            } catch (IllegalArgumentException e) {
                problems.add(name + ":" + number + ": " + e.getMessage());
                // The block it meant stays unrun: the marker's problem is the one to report.
                pending = Optional.of(new Marker(Marker.Kind.SKIP, false, "(a doc marker that cannot be read)", number));
                continue;
            }
            if (pending.isPresent() && !line.isBlank()) {
                problems.add(name + ":" + pending.get().line() + ": doc marker without a code block right after it");
                pending = Optional.empty();
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                headings.add(new Heading(heading.group(1).length(), heading.group(2), number));
                anchors.add(slugs.next(heading.group(2)));
            }
            Matcher anchor = ANCHOR.matcher(line);
            while (anchor.find()) {
                explicit.add(anchor.group(1));
                if (!anchors.add(anchor.group(1))) {
                    problems.add(name + ":" + number + ": the anchor \"" + anchor.group(1) + "\" is defined twice");
                }
            }
            Matcher link = LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
            while (link.find()) {
                links.add(new Link(name, number, link.group(1)));
            }
        }
        if (pending.isPresent()) {
            problems.add(name + ":" + pending.get().line() + ": doc marker without a code block after it");
        }
        return new MarkdownFile(path, name, lines, List.copyOf(blocks), List.copyOf(headings), List.copyOf(explicit),
                Set.copyOf(anchors), List.copyOf(links), List.copyOf(problems));
    }

    private static boolean isClosing(String line, String ticks) {
        String stripped = line.strip();
        return stripped.length() >= ticks.length() && stripped.chars().allMatch(c -> c == ticks.charAt(0));
    }

    private static String unindent(String line, int indent) {
        int strip = 0;
        while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
            strip++;
        }
        return line.substring(strip);
    }
}
