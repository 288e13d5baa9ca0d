package dev.apikata.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WireMock's plain-text near-miss table ("Request was not matched", closest stub on the left, the
 * request on the right, {@code <<<<< URL does not match} beside each differing line), read back into
 * the few facts a learner needs. WireMock writes this table as the body of its 404 for a request no
 * stub matched, and renders it for any near miss.
 */
record NearMissTable(String stubMethod, String stubUrl, String requestMethod, String requestUrl,
        List<Difference> differences) {

    private static final String TITLE = "Request was not matched";
    private static final String MARKER = "<<<<<";
    private static final Pattern REASON = Pattern.compile("(.+?) (does not match|is not present)");

    NearMissTable {
        differences = List.copyOf(differences);
    }

    /**
     * One line WireMock marked as different.
     *
     * @param attribute WireMock's name for it: {@code HTTP method}, {@code URL}, {@code Header}, {@code Body}...
     * @param missing   true for "is not present", false for "does not match"
     * @param expected  the stub's side of the line, as WireMock printed it ({@code Content-Type [contains] : application/json})
     * @param actual    the request's side of the line (empty when missing)
     */
    record Difference(String attribute, boolean missing, String expected, String actual) {
    }

    /** True if {@code text} looks like WireMock's table. */
    static boolean isTable(String text) {
        return text != null && text.contains(TITLE) && text.contains("| Closest stub");
    }

    /** The table in {@code text}, if there is one. */
    static Optional<NearMissTable> parse(String text) {
        if (!isTable(text)) {
            return Optional.empty();
        }
        List<String[]> rows = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        boolean inBody = false;
        for (String line : text.split("\\R")) {
            if (line.startsWith("| Closest stub")) {
                inBody = true;
                continue;
            }
            if (!inBody || line.startsWith("-----") || line.isBlank()) {
                continue;
            }
            String reason = "";
            String cells = line;
            int marker = line.indexOf(MARKER);
            if (marker >= 0) {
                reason = line.substring(marker + MARKER.length()).strip();
                cells = line.substring(0, marker);
            }
            int bar = cells.indexOf('|');
            String left = (bar < 0 ? cells : cells.substring(0, bar)).strip();
            String right = bar < 0 ? "" : cells.substring(bar + 1).strip();
            if (left.isEmpty() && right.isEmpty()) {
                continue;
            }
            rows.add(new String[] {left, right});
            Matcher matcher = REASON.matcher(reason);
            if (matcher.matches()) {
                differences.add(new Difference(matcher.group(1), matcher.group(2).equals("is not present"), left, right));
            }
        }
        if (rows.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new NearMissTable(rows.get(0)[0], rows.get(1)[0], rows.get(0)[1], rows.get(1)[1], differences));
    }

    /** One line per difference, in the learner's language: "the URL was /post/1; the test expected /posts/1". */
    List<String> explain(LearnerMessages messages) {
        return differences.stream().map(difference -> explain(difference, messages)).toList();
    }

    private static String explain(Difference difference, LearnerMessages messages) {
        return switch (difference.attribute()) {
            case "HTTP method" -> messages.get("mismatch.method", difference.expected(), difference.actual());
            case "URL" -> messages.get("mismatch.url", difference.expected(), difference.actual());
            case "Header" -> namedValue("header", difference, messages);
            case "Query" -> namedValue("query", difference, messages);
            case "Body" -> messages.get("mismatch.body");
            default -> messages.get("mismatch.other", difference.attribute() + (difference.missing() ? " is not present" : " does not match"));
        };
    }

    // "Content-Type [contains] : application/json" on the stub's side; "Content-Type: text/plain" on the request's.
    private static String namedValue(String kind, Difference difference, LearnerMessages messages) {
        String expected = difference.expected();
        int cut = indexOfAny(expected, " [", ":");
        String name = cut < 0 ? expected : expected.substring(0, cut).strip();
        String wanted = readable(expected, name);
        String actual = difference.actual();
        int colon = actual.indexOf(':');
        String sent = colon < 0 ? actual : actual.substring(colon + 1).strip();
        return difference.missing()
                ? messages.get("mismatch." + kind + "Missing", name, wanted)
                : messages.get("mismatch." + kind + "Differs", name, wanted, sent);
    }

    // "Content-Type [contains] : application/json" reads better as "Content-Type: application/json".
    private static String readable(String expected, String name) {
        int colon = expected.lastIndexOf(" : ");
        String value = colon < 0 ? "" : expected.substring(colon + 3).strip();
        boolean plain = expected.contains("[equalTo]") || expected.contains("[contains]");
        return plain && !value.isEmpty() ? name + ": " + value : expected;
    }

    private static int indexOfAny(String text, String... needles) {
        int best = -1;
        for (String needle : needles) {
            int at = text.indexOf(needle);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }
}
