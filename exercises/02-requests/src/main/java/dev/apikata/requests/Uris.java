package dev.apikata.requests;

import dev.apikata.course.NotDoneYet;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        throw NotDoneYet.task("02.1");
    }

    /**
     * The base URL followed by {@code segments}, each one percent-encoded as UTF-8, so that a space,
     * a slash, a {@code ?}, a {@code %} or Japanese text inside a segment stays inside that segment:
     * {@code path(base, "servers", "web 01")} ends in {@code /servers/web%2001}. Chapter section
     * {@code #path-segments}.
     */
    public static URI path(URI baseUrl, String... segments) {
        throw NotDoneYet.task("02.2");
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
        throw NotDoneYet.task("02.3");
    }
}
