package dev.apikata.requests;

import dev.apikata.course.NotDoneYet;
import java.util.Map;
import java.util.TreeMap;

/** Request headers as a map of names to values. Chapter 02, section {@code #default-headers}. */
public final class Headers {

    private Headers() {
    }

    /**
     * The headers of one call: every default, overridden by the headers given for this call. Header
     * names are case-insensitive ({@code accept} replaces {@code Accept}), so the result holds each
     * name once. Neither argument changes: the defaults must serve the next call unchanged.
     */
    public static Map<String, String> merge(Map<String, String> defaults, Map<String, String> perCall) {
        throw NotDoneYet.task("02.4");
    }
}
