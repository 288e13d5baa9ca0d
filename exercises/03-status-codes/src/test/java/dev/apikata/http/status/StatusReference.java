package dev.apikata.http.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The chapter's status code reference, as the tests expect it. */
final class StatusReference {

    /** Every reason phrase a test accepts; RFC 9110 renamed 413 and 422, and RFC 7231 had other names for 413 and 414. */
    static final Map<Integer, Set<String>> REASONS = Map.ofEntries(
            Map.entry(100, Set.of("Continue")),
            Map.entry(101, Set.of("Switching Protocols")),
            Map.entry(102, Set.of("Processing")),
            Map.entry(200, Set.of("OK")),
            Map.entry(201, Set.of("Created")),
            Map.entry(202, Set.of("Accepted")),
            Map.entry(204, Set.of("No Content")),
            Map.entry(206, Set.of("Partial Content")),
            Map.entry(301, Set.of("Moved Permanently")),
            Map.entry(302, Set.of("Found")),
            Map.entry(304, Set.of("Not Modified")),
            Map.entry(307, Set.of("Temporary Redirect")),
            Map.entry(308, Set.of("Permanent Redirect")),
            Map.entry(400, Set.of("Bad Request")),
            Map.entry(401, Set.of("Unauthorized")),
            Map.entry(403, Set.of("Forbidden")),
            Map.entry(404, Set.of("Not Found")),
            Map.entry(405, Set.of("Method Not Allowed")),
            Map.entry(406, Set.of("Not Acceptable")),
            Map.entry(408, Set.of("Request Timeout")),
            Map.entry(409, Set.of("Conflict")),
            Map.entry(410, Set.of("Gone")),
            Map.entry(413, Set.of("Content Too Large", "Payload Too Large", "Request Entity Too Large")),
            Map.entry(414, Set.of("URI Too Long", "Request-URI Too Long")),
            Map.entry(415, Set.of("Unsupported Media Type")),
            Map.entry(422, Set.of("Unprocessable Content", "Unprocessable Entity")),
            Map.entry(423, Set.of("Locked")),
            Map.entry(429, Set.of("Too Many Requests")),
            Map.entry(500, Set.of("Internal Server Error")),
            Map.entry(501, Set.of("Not Implemented")),
            Map.entry(502, Set.of("Bad Gateway")),
            Map.entry(503, Set.of("Service Unavailable")),
            Map.entry(504, Set.of("Gateway Timeout")),
            Map.entry(507, Set.of("Insufficient Storage")),
            Map.entry(511, Set.of("Network Authentication Required")));

    /** The 35 codes in ascending order. */
    static final List<Integer> CODES = REASONS.keySet().stream().sorted().toList();

    private StatusReference() {
    }
}
