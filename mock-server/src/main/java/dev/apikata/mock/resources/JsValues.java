package dev.apikata.mock.resources;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.StringJoiner;

/**
 * JSON values compared the way json-server 0.17.4 compares them, which is JavaScript's way:
 * {@code value.toString()} for equality, the relational operators for {@code _gte}/{@code _lte},
 * and lodash's {@code orderBy} for {@code _sort} (missing and null values last).
 */
final class JsValues {

    private JsValues() {}

    /** JavaScript's {@code String(value)}: {@code 1} not {@code 1.0}, {@code [object Object]}, {@code 1,2}. */
    static String toJsString(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "undefined";
        }
        if (value.isNumber()) {
            return numberText(value);
        }
        if (value.isObject()) {
            return "[object Object]";
        }
        if (value.isArray()) {
            StringJoiner joined = new StringJoiner(",");
            value.forEach(item -> joined.add(item.isNull() ? "" : toJsString(item)));
            return joined.toString();
        }
        return value.isNull() ? "null" : value.asText();
    }

    private static String numberText(JsonNode number) {
        if (number.isIntegralNumber()) {
            return number.bigIntegerValue().toString();
        }
        double d = number.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e21) {
            return BigDecimal.valueOf(d).toBigInteger().toString();
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** {@code left <= right} in JavaScript, {@code left} being query text. */
    static boolean textAtMost(String left, JsonNode right) {
        return compareJs(left, right) <= 0 && comparable(left, right);
    }

    /** {@code left >= right} in JavaScript, {@code left} being query text. */
    static boolean textAtLeast(String left, JsonNode right) {
        return compareJs(left, right) >= 0 && comparable(left, right);
    }

    /** JavaScript compares two strings as text, anything else as numbers (NaN compares false). */
    private static int compareJs(String left, JsonNode right) {
        if (isTextual(right)) {
            return Integer.signum(left.compareTo(toJsString(right)));
        }
        return Double.compare(toNumber(left), toNumber(right));
    }

    private static boolean comparable(String left, JsonNode right) {
        return isTextual(right) || (!Double.isNaN(toNumber(left)) && !Double.isNaN(toNumber(right)));
    }

    /** Strings, objects and arrays become strings before a comparison. */
    private static boolean isTextual(JsonNode value) {
        return value.isTextual() || value.isObject() || value.isArray();
    }

    private static double toNumber(JsonNode value) {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? 1 : 0;
        }
        if (value.isNull()) {
            return 0;
        }
        return toNumber(toJsString(value));
    }

    /** JavaScript's {@code Number(text)}: blank is 0, anything not a number is NaN. */
    static double toNumber(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return 0;
        }
        try {
            return trimmed.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?") ? Double.parseDouble(trimmed) : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** lodash's {@code compareAscending}: defined values first, then null, then missing ones. */
    static int compareAscending(JsonNode a, JsonNode b) {
        int rankA = rank(a);
        int rankB = rank(b);
        if (rankA != 0 || rankB != 0) {
            return Integer.compare(rankA, rankB);
        }
        boolean bothText = isTextual(a) && isTextual(b);
        if (bothText) {
            return Integer.signum(toJsString(a).compareTo(toJsString(b)));
        }
        double x = toNumber(a);
        double y = toNumber(b);
        return Double.isNaN(x) || Double.isNaN(y) ? 0 : Double.compare(x, y);
    }

    private static int rank(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return 2;
        }
        return value.isNull() ? 1 : 0;
    }

    /** {@code ===} between two ids or foreign keys: numbers by value, strings as text, nothing across types. */
    static boolean strictlyEqual(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.getNodeType() == b.getNodeType() && a.equals(b);
    }
}
