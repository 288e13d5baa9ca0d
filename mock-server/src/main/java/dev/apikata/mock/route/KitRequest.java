package dev.apikata.mock.route;

import com.github.tomakehurst.wiremock.http.Request;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;

/** A request as handlers see it: WireMock's request plus parsed path and query parameters. */
public final class KitRequest {

    private final Request request;
    private final Map<String, String> pathParams;
    private Map<String, List<String>> query;

    public KitRequest(Request request, Map<String, String> pathParams) {
        this.request = request;
        this.pathParams = pathParams;
    }

    public Request raw() {
        return request;
    }

    public String method() {
        return request.getMethod().getName();
    }

    public String path() {
        String url = request.getUrl();
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** Query parameters in the order sent; a repeated key keeps all its values. */
    public Map<String, List<String>> query() {
        if (query == null) {
            query = parseQuery(request.getUrl());
        }
        return query;
    }

    public Optional<String> queryParam(String name) {
        List<String> values = query().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public int intParam(String name, int fallback) {
        long value = longParam(name, fallback);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new ApiProblem(400, "bad_parameter", "Query parameter '" + name + "' is out of range, got " + value);
        }
        return (int) value;
    }

    /** A whole-number query parameter up to a long (paging parameters a learner may push to the limit). */
    public long longParam(String name, long fallback) {
        String value = queryParam(name).orElse(null);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new ApiProblem(400, "bad_parameter", "Query parameter '" + name + "' must be a whole number, got '" + value + "'");
        }
    }

    public Optional<String> header(String name) {
        return request.containsHeader(name) ? Optional.ofNullable(request.getHeader(name)) : Optional.empty();
    }

    public byte[] body() {
        byte[] body = request.getBody();
        return body == null ? new byte[0] : body;
    }

    public String bodyText() {
        return new String(body(), StandardCharsets.UTF_8);
    }

    /** Base URL as the client reached us (from the Host header), for Location and self links. */
    public String baseUrl() {
        return header("Host").map(host -> "http://" + host).orElse(request.getScheme() + "://" + request.getHost() + ":" + request.getPort());
    }

    /**
     * Who is calling, for per-client state (flaky counters, rate limits): the {@code X-Client-Id}
     * header, else the {@code client} query parameter, else the remote address.
     */
    public String clientKey() {
        return header("X-Client-Id").or(() -> queryParam("client")).orElse(request.getClientIp());
    }

    /** Form fields of an {@code application/x-www-form-urlencoded} body. */
    public Map<String, List<String>> formFields() {
        return parsePairs(bodyText());
    }

    static Map<String, List<String>> parseQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? Collections.emptyMap() : parsePairs(url.substring(q + 1));
    }

    static Map<String, List<String>> parsePairs(String encoded) {
        Map<String, List<String>> pairs = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return pairs;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            pairs.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return pairs;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, "bad_encoding", "Malformed percent-encoding in '" + text + "'");
        }
    }
}
