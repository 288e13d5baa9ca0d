package dev.apikata.requests;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Building URIs from a base URL, path segments and query parameters, with every slash and every
 * percent sign where it belongs. Chapter 02: chapters/ja/02-requests.md or chapters/en/02-requests.md.
 */
public final class Uris {

    private Uris() {
    }

    /**
     * The base URL followed by {@code path}, with exactly one slash between them, whether or not the
     * base URL ends with a slash and whether or not the path starts with one. The base URL's own path
     * ({@code /api/v2}) is kept. {@code path} is used as it is: encode its segments first
     * ({@link #path(URI, String...)}). Chapter section {@code #join-base-url}.
     *
     * <pre>{@code
     * join(URI.create("http://host/api/v2/"), "/servers")  ->  http://host/api/v2/servers
     * join(URI.create("http://host/api/v2"), "servers")    ->  http://host/api/v2/servers
     * }</pre>
     */
    public static URI join(URI baseUrl, String path) {
        String base = baseUrl.toString();
        // String work, not URI.resolve: resolve drops the last segment of a base without a trailing
        // slash, and reads a leading "/" as "from the root".
        return URI.create((base.endsWith("/") ? base : base + "/") + (path.startsWith("/") ? path.substring(1) : path));
    }

    /**
     * The base URL followed by {@code segments}, each one percent-encoded as UTF-8, so that a space,
     * a slash, a {@code ?}, a {@code %} or Japanese text inside a segment stays inside that segment:
     * {@code path(base, "servers", "web 01")} ends in {@code /servers/web%2001}. Chapter section
     * {@code #path-segments}.
     */
    public static URI path(URI baseUrl, String... segments) {
        return join(baseUrl, Arrays.stream(segments).map(Uris::segment).collect(Collectors.joining("/")));
    }

    /**
     * The query string for {@code parameters}, without the leading {@code ?}, in the map's order:
     * names and values percent-encoded as UTF-8, a collection as one pair per element, a
     * {@code null} value (or a {@code null} element) left out. An empty string when no parameter
     * has a value.
     *
     * <pre>{@code
     * query(Map.of("type", "error"))                        ->  type=error
     * query(Map.of("tag", List.of("web", "db")))            ->  tag=web&tag=db
     * query(Map.of("q", "disk full & 100%"))                ->  q=disk+full+%26+100%25
     * }</pre>
     *
     * Chapter section {@code #query-strings}.
     */
    public static String query(Map<String, ?> parameters) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, value) -> {
            Iterable<?> values = value instanceof Iterable<?> many ? many : Collections.singletonList(value);
            for (Object one : values) {
                if (one != null) {
                    pairs.add(encode(name) + "=" + encode(String.valueOf(one)));
                }
            }
        });
        return String.join("&", pairs);
    }

    // URLEncoder speaks application/x-www-form-urlencoded: a space becomes "+", which a path reads
    // as a plus sign. A literal "+" is already "%2B" by then, so only spaces turn into "%20".
    private static String segment(String value) {
        return encode(value).replace("+", "%20");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
