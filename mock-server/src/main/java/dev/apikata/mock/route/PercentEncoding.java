package dev.apikata.mock.route;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding of URI parts: find a malformed escape, decode a path segment (where
 * {@code +} is a plus sign, not a space), encode a path segment for a {@code Location} header.
 */
public final class PercentEncoding {

    private static final String HEX = "0123456789ABCDEF";

    private PercentEncoding() {}

    /** The index of the first {@code %} not followed by two hex digits, or -1. */
    public static int firstMalformedEscape(String text) {
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
            if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
                return i;
            }
            i += 2;
        }
        return -1;
    }

    /** The escape that {@link #firstMalformedEscape} found, as the client sent it ({@code %}, {@code %2}, {@code %zz}). */
    public static String malformedEscapeAt(String text, int index) {
        return text.substring(index, Math.min(text.length(), index + 3));
    }

    /**
     * Decodes one path segment: {@code web%2002} is {@code web 02}, {@code %E3%82%A6} is {@code ウ}.
     *
     * @throws ApiProblem 400 for a malformed escape or bytes that are not UTF-8
     */
    public static String decodePathSegment(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        int bad = firstMalformedEscape(segment);
        if (bad >= 0) {
            throw malformed(segment, malformedEscapeAt(segment, bad));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(segment, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return decoded.toString();
        } catch (CharacterCodingException e) {
            throw new ApiProblem(400, "bad_encoding", "The path segment '" + segment + "' does not decode to UTF-8 text")
                    .detail("segment", segment);
        }
    }

    /** Encodes everything but RFC 3986's unreserved characters: {@code web 02} is {@code web%2002}. */
    public static String encodePathSegment(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return out.toString();
    }

    static ApiProblem malformed(String where, String escape) {
        return new ApiProblem(400, "bad_encoding",
                        "Malformed percent-encoding '" + escape + "' in '" + where + "': a % must be followed by two hex digits; send a literal % as %25")
                .detail("escape", escape);
    }
}
