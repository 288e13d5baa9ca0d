package dev.apikata.chapters.check;

import dev.apikata.chapters.markdown.Link;
import dev.apikata.chapters.markdown.MarkdownFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Every relative link resolves to a file of the project, and every {@code #anchor} to an anchor there. */
public final class LinkCheck {

    private LinkCheck() {
    }

    /**
     * @param read reads another Markdown file of the project, for its anchors
     */
    public static List<String> check(MarkdownFile file, Function<Path, MarkdownFile> read) {
        List<String> problems = new ArrayList<>();
        for (Link link : file.links()) {
            if (link.isExternal()) {
                continue;
            }
            Path target = link.path().isEmpty() ? file.path() : file.path().getParent().resolve(decode(link.path())).normalize();
            if (!Files.exists(target)) {
                problems.add(file.name() + ":" + link.line() + ": the link " + link.target() + " points to "
                        + link.path() + ", which does not exist");
                continue;
            }
            if (!link.anchor().isEmpty() && target.toString().endsWith(".md")) {
                MarkdownFile linked = target.equals(file.path()) ? file : read.apply(target);
                if (!linked.anchors().contains(decode(link.anchor()))) {
                    problems.add(file.name() + ":" + link.line() + ": the link " + link.target() + " names the anchor #"
                            + link.anchor() + ", which " + linked.name() + " does not have");
                }
            }
        }
        return problems;
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }
}
