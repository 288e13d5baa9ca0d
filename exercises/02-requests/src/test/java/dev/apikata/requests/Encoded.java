package dev.apikata.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads encoded text back the way a server does, so a test accepts every correct encoding
 * ({@code %20} or {@code +} for a space in a query, {@code %2B} or {@code +} for a plus sign in a
 * path, upper- or lower-case hex) and rejects what a server would misread.
 */
final class Encoded {

    // What may stand unencoded in a path segment (RFC 3986 pchar) and in a query or form (the same, plus / and ?).
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2}");
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9\\-._~!$'()*+,;=:@/?]|%[0-9A-Fa-f]{2}");

    private Encoded() {
    }

    /** One path segment as a server reads it: %XX decoded as UTF-8, and a "+" is a plus sign. */
    static String segment(String raw) {
        assertThat(raw).as("the encoded path segment \"%s\" uses only characters a path allows", raw)
                .matches("(" + SEGMENT.pattern() + ")*");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * A query string or a form body as a server reads it (application/x-www-form-urlencoded): pairs
     * split on "&", name and value split on the first "=", "+" and %20 both a space. Names keep their
     * order of first appearance, values their order.
     */
    static Map<String, List<String>> form(String raw) {
        Map<String, List<String>> pairs = new LinkedHashMap<>();
        if (raw.isEmpty()) {
            return pairs;
        }
        for (String pair : raw.split("&", -1)) {
            assertThat(pair).as("\"%s\" (a name=value pair of \"%s\") uses only characters a query allows:"
                    + " spaces, & inside a value, %% and non-ASCII text must be percent-encoded", pair, raw)
                    .matches("(" + QUERY.pattern() + ")+");
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            pairs.computeIfAbsent(decode(name, raw), key -> new ArrayList<>()).add(decode(value, raw));
        }
        return pairs;
    }

    private static String decode(String text, String whole) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fail("\"%s\" is not valid percent-encoding: a %% sign must be written %%25", whole);
        }
    }
}
