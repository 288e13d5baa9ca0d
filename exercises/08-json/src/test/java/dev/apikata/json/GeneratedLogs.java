package dev.apikata.json;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A JSON array of {@code count} log entries, made up while it is read: however long the array, the
 * stream itself holds one entry. Entry {@code i} has the type error, warning or info for
 * {@code i % 3} = 0, 1 or 2, and a nested context object that {@link LogEntry} does not declare.
 */
final class GeneratedLogs extends InputStream {

    private static final String[] TYPES = {"error", "warning", "info"};

    private final int count;
    private int next;
    private byte[] chunk = "[".getBytes(StandardCharsets.US_ASCII);
    private int position;

    GeneratedLogs(int count) {
        this.count = count;
    }

    /** How many entries of each type {@code count} entries hold. */
    static long ofType(int count, String type) {
        int index = java.util.Arrays.asList(TYPES).indexOf(type);
        return count / 3 + (index < count % 3 ? 1 : 0);
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position == chunk.length && !refill()) {
            return -1;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        return n;
    }

    private boolean refill() {
        if (next > count) {
            return false;
        }
        String text;
        if (next == count) {
            text = "]";
        } else {
            int i = next;
            text = (i == 0 ? "" : ",") + "{\"id\":" + i + ",\"date\":\"2023-01-01\",\"timestamp\":\"2023-01-01T"
                    + twoDigits(i / 3600 % 24) + ":" + twoDigits(i / 60 % 60) + ":" + twoDigits(i % 60) + "Z"
                    + "\",\"type\":\"" + TYPES[i % 3] + "\",\"host\":\"web0" + i % 5
                    + "\",\"message\":\"request completed in " + i % 1000 + " ms\","
                    + "\"context\":{\"pid\":" + (1000 + i % 50) + ",\"tags\":[\"nightly\",{\"shard\":" + i % 7 + "}]}}";
        }
        next++;
        chunk = text.getBytes(StandardCharsets.US_ASCII);
        position = 0;
        return true;
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
