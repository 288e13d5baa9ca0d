package dev.apikata.mock.teaching;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.route.ApiProblem;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Conditional and partial GETs: an ETag resource (304) and a byte-range resource (206/416). */
final class ConditionalRoutes {

    static final String LAST_MODIFIED = "Sun, 01 Jan 2023 00:00:00 GMT";
    private static final int MAX_RANGE_SIZE = 1024 * 1024;
    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final ObjectNode CONFIG = Json.object()
            .put("service", "inventory-sync")
            .put("version", 7)
            .put("intervalSeconds", 300)
            .put("endpoints", 3);
    private static final byte[] CONFIG_JSON = Json.bytes(CONFIG);
    private static final String CONFIG_ETAG = "\"" + sha256(CONFIG_JSON).substring(0, 16) + "\"";

    private ConditionalRoutes() {}

    static List<Route> routes() {
        return List.of(
                Route.get("/etag", "A resource with an ETag: send If-None-Match to get 304", ConditionalRoutes::etag)
                        .statuses(200, 304, 400).returns(200, "Config"),
                Route.get("/range/{size}", "'size' bytes of text; send 'Range: bytes=0-99' to get 206", ConditionalRoutes::range)
                        .statuses(206, 200, 416, 400).returns(206, "text/plain", "Text").returns(200, "text/plain", "Text")
                        .example("/range/1000")
                        .exampleHeader("Range", "bytes=0-99"));
    }

    static ResponseDefinition etag(KitRequest request) {
        boolean unchanged = request.header("If-None-Match").map(ConditionalRoutes::matchesConfigTag).orElse(false)
                || (request.header("If-None-Match").isEmpty()
                        && request.header("If-Modified-Since").map(LAST_MODIFIED::equals).orElse(false));
        Reply reply = Reply.status(unchanged ? 304 : 200)
                .header("ETag", CONFIG_ETAG)
                .header("Last-Modified", LAST_MODIFIED)
                .header("Cache-Control", "no-cache");
        return unchanged ? reply.empty() : reply.json(CONFIG_JSON);
    }

    /** If-None-Match may list several tags, weak or strong, or be {@code *}. */
    private static boolean matchesConfigTag(String header) {
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(CONFIG_ETAG));
    }

    static ResponseDefinition range(KitRequest request) {
        int size;
        try {
            size = Integer.parseInt(request.pathParam("size"));
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > MAX_RANGE_SIZE) {
            throw new ApiProblem(400, "bad_parameter", "size must be between 1 and " + MAX_RANGE_SIZE);
        }
        byte[] content = alphabet(size);
        String range = request.header("Range").orElse(null);
        if (range == null) {
            return Reply.status(200).header("Accept-Ranges", "bytes").bytes("text/plain; charset=us-ascii", content);
        }
        // One range only; for a list we answer its first range, which RFC 9110 allows.
        Matcher m = SINGLE_RANGE.matcher(range.split(",")[0].trim());
        long first;
        long last;
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return unsatisfiable(size);
        }
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            first = Math.max(0, size - suffix);
            last = size - 1;
        } else {
            first = Long.parseLong(m.group(1));
            last = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
        }
        if (first >= size || first > last) {
            return unsatisfiable(size);
        }
        return Reply.status(206)
                .header("Accept-Ranges", "bytes")
                .header("Content-Range", "bytes " + first + "-" + last + "/" + size)
                .bytes("text/plain; charset=us-ascii", Arrays.copyOfRange(content, (int) first, (int) last + 1));
    }

    private static ResponseDefinition unsatisfiable(int size) {
        return Reply.status(416).header("Content-Range", "bytes */" + size)
                .json(Json.object().put("error", "range_not_satisfiable").put("message", "The Range header does not fit a " + size + "-byte resource"));
    }

    /** a..z repeated: any slice shows clearly where it came from. */
    static byte[] alphabet(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String configEtag() {
        return CONFIG_ETAG;
    }

}
