package dev.apikata.chapters.check;

import dev.apikata.chapters.markdown.CodeBlock;
import dev.apikata.chapters.markdown.MarkdownFile;
import dev.apikata.chapters.markdown.Marker;
import dev.apikata.chapters.run.CodeLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Japanese chapter and its English twin have the same sections (heading levels in order), the
 * same anchors in the same order, and the same code: block by block, the same language, the same
 * doc marker and, comments aside, the same lines. What may differ is prose: comments, skip reasons,
 * the {@code <placeholder>} words of a command, a diagram's labels, and the kit's own output, which
 * follows the reader's language.
 */
public final class ParityCheck {

    private ParityCheck() {
    }

    public static List<String> compare(MarkdownFile ja, MarkdownFile en) {
        List<String> problems = new ArrayList<>();
        compareHeadings(ja, en, problems);
        compareAnchors(ja, en, problems);
        compareBlocks(ja, en, problems);
        return problems;
    }

    private static void compareHeadings(MarkdownFile ja, MarkdownFile en, List<String> problems) {
        int count = Math.min(ja.headings().size(), en.headings().size());
        for (int i = 0; i < count; i++) {
            MarkdownFile.Heading left = ja.headings().get(i);
            MarkdownFile.Heading right = en.headings().get(i);
            if (left.level() != right.level()) {
                problems.add(ja.name() + ":" + left.line() + " / " + en.name() + ":" + right.line() + ": heading " + (i + 1)
                        + " is level " + left.level() + " in Japanese (" + left.text() + ") but level " + right.level()
                        + " in English (" + right.text() + ")");
                return;
            }
        }
        if (ja.headings().size() != en.headings().size()) {
            problems.add(ja.name() + " / " + en.name() + ": " + ja.headings().size() + " headings in Japanese, "
                    + en.headings().size() + " in English; the first unmatched one: "
                    + unmatched(ja.headings(), en.headings(), count));
        }
    }

    private static String unmatched(List<MarkdownFile.Heading> ja, List<MarkdownFile.Heading> en, int count) {
        MarkdownFile.Heading extra = ja.size() > count ? ja.get(count) : en.get(count);
        return "line " + extra.line() + " \"" + extra.text() + "\"";
    }

    private static void compareAnchors(MarkdownFile ja, MarkdownFile en, List<String> problems) {
        if (!ja.explicitAnchors().equals(en.explicitAnchors())) {
            int i = 0;
            while (i < ja.explicitAnchors().size() && i < en.explicitAnchors().size()
                    && ja.explicitAnchors().get(i).equals(en.explicitAnchors().get(i))) {
                i++;
            }
            problems.add(ja.name() + " / " + en.name() + ": the anchors differ from anchor " + (i + 1) + " on: Japanese "
                    + tail(ja.explicitAnchors(), i) + ", English " + tail(en.explicitAnchors(), i));
        }
    }

    private static String tail(List<String> anchors, int from) {
        return from < anchors.size() ? anchors.subList(from, Math.min(anchors.size(), from + 3)).toString() : "(none left)";
    }

    private static void compareBlocks(MarkdownFile ja, MarkdownFile en, List<String> problems) {
        int count = Math.min(ja.blocks().size(), en.blocks().size());
        boolean afterKit = false;
        for (int i = 0; i < count; i++) {
            CodeBlock left = ja.blocks().get(i);
            CodeBlock right = en.blocks().get(i);
            String where = ja.name() + ":" + left.line() + " / " + en.name() + ":" + right.line() + ": block " + (i + 1);
            String leftShape = left.language() + " " + left.marker().map(Marker::shape).orElse("");
            String rightShape = right.language() + " " + right.marker().map(Marker::shape).orElse("");
            if (!leftShape.equals(rightShape)) {
                problems.add(where + " is \"" + leftShape.strip() + "\" in Japanese but \"" + rightShape.strip()
                        + "\" in English");
                return; // the rest would only repeat the shift
            }
            if (comparesContent(left, afterKit)) {
                Optional<String> difference = difference(code(left), code(right));
                difference.ifPresent(d -> problems.add(where + " (" + left.language() + ") has other code in Japanese than in English: " + d));
            }
            if (left.isShell() || left.isJava()) {
                afterKit = left.text().contains("./kit") || left.text().contains("kit.cmd");
            }
        }
        if (ja.blocks().size() != en.blocks().size()) {
            CodeBlock extra = ja.blocks().size() > count ? ja.blocks().get(count) : en.blocks().get(count);
            problems.add(ja.name() + " / " + en.name() + ": " + ja.blocks().size() + " code blocks in Japanese, "
                    + en.blocks().size() + " in English; the first unmatched one is at " + extra.where());
        }
    }

    /** Prose-like blocks (diagrams, the kit's localized output, illustrations) are compared by shape only. */
    private static boolean comparesContent(CodeBlock block, boolean afterKit) {
        if (block.isMermaid()) {
            return false;
        }
        Optional<Marker> marker = block.marker();
        if (block.isPlain()) {
            // The output of a named command is the kit's (directly or through a sample script): localized.
            boolean kitOutput = marker.filter(Marker::hasCommand).isPresent()
                    || (marker.filter(m -> m.kind() == Marker.Kind.OUTPUT && !m.hasCommand()).isPresent() && afterKit);
            return !kitOutput && marker.filter(m -> m.kind() == Marker.Kind.SKIP).isEmpty();
        }
        return true;
    }

    private static List<String> code(CodeBlock block) {
        List<String> lines = CodeLines.of(block.lines(), block.language());
        // A command's <placeholder> is prose: "<repository URL>" reads "<リポジトリの URL>" in Japanese.
        return block.isShell() || block.language().equals("powershell")
                ? lines.stream().map(line -> line.replaceAll("<[^<>]*>", "<>")).toList() : lines;
    }

    private static Optional<String> difference(List<String> ja, List<String> en) {
        for (int i = 0; i < Math.max(ja.size(), en.size()); i++) {
            String left = i < ja.size() ? ja.get(i) : "(nothing)";
            String right = i < en.size() ? en.get(i) : "(nothing)";
            if (!left.equals(right)) {
                return Optional.of("code line " + (i + 1) + "\n    ja: " + left + "\n    en: " + right);
            }
        }
        return Optional.empty();
    }
}
