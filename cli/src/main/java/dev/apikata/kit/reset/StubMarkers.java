package dev.apikata.kit.reset;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds the {@code NotDoneYet.task("01.4")} markers in a stub's source text. */
public final class StubMarkers {

    private static final Pattern MARKER = Pattern.compile("NotDoneYet\\s*\\.\\s*task\\s*\\(\\s*\"([^\"]+)\"\\s*\\)");

    private StubMarkers() {
    }

    /** The task ids marked in {@code source}. */
    public static Set<String> in(String source) {
        Matcher matcher = MARKER.matcher(source);
        return matcher.results().map(result -> result.group(1)).collect(Collectors.toSet());
    }

    public static boolean marks(String source, String taskId) {
        return in(source).contains(taskId);
    }
}
