package dev.apikata.chapters.markdown;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The anchors GitHub gives headings: lower case, punctuation dropped, spaces to hyphens, and
 * {@code -1}, {@code -2} ... for repeats. Letters of every script stay, as GitHub keeps them.
 */
final class Slugs {

    private final Map<String, Integer> seen = new HashMap<>();

    String next(String heading) {
        String text = heading.replaceAll("<[^>]+>", "").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        String slug = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
                .replace(' ', '-');
        int count = seen.merge(slug, 1, Integer::sum);
        return count == 1 ? slug : slug + "-" + (count - 1);
    }
}
