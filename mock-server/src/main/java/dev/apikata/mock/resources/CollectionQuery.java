package dev.apikata.mock.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.resources.ResourceCollection.Entry;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * json-server's list query language, as JSONPlaceholder answers it: filter by any field (dotted
 * paths for nested ones, a repeated key means "any of"), {@code _sort}/{@code _order},
 * {@code _page}/{@code _limit} or {@code _start}/{@code _end}. A filter on a field no record has is
 * ignored, as JSONPlaceholder does.
 */
public final class CollectionQuery {

    private static final int DEFAULT_PAGE_SIZE = 10;

    private CollectionQuery() {}

    public static ResponseDefinition answer(KitRequest request, List<Entry> entries) {
        Map<String, List<String>> query = request.query();
        List<Entry> matching = filter(entries, query);
        sort(matching, query);
        int total = matching.size();
        Reply reply = Reply.status(200).header("X-Total-Count", total);
        List<Entry> page = matching;
        if (query.containsKey("_page") || query.containsKey("_limit") || query.containsKey("_start")) {
            int limit = Math.max(0, request.intParam("_limit", DEFAULT_PAGE_SIZE));
            int start;
            if (query.containsKey("_page")) {
                int pageNumber = Math.max(1, request.intParam("_page", 1));
                start = (pageNumber - 1) * limit;
                reply.header("Link", links(request, pageNumber, limit, total));
            } else {
                start = Math.max(0, request.intParam("_start", 0));
                if (query.containsKey("_end")) {
                    limit = Math.max(0, request.intParam("_end", total) - start);
                }
            }
            page = matching.subList(Math.min(start, total), Math.min(total, start + limit));
        }
        return reply.json(jsonArray(page));
    }

    static List<Entry> filter(List<Entry> entries, Map<String, List<String>> query) {
        List<Entry> result = new ArrayList<>(entries);
        for (Map.Entry<String, List<String>> filter : query.entrySet()) {
            String field = filter.getKey();
            if (field.startsWith("_")) {
                continue;
            }
            if (field.equals("q")) {
                String needle = filter.getValue().get(0).toLowerCase();
                result.removeIf(e -> !e.node().toString().toLowerCase().contains(needle));
                continue;
            }
            String[] path = field.split("\\.");
            if (entries.stream().noneMatch(e -> !resolve(e.node(), path).isMissingNode())) {
                continue; // JSONPlaceholder ignores a field the resource does not have
            }
            List<String> wanted = filter.getValue();
            result.removeIf(e -> {
                JsonNode value = resolve(e.node(), path);
                return value.isMissingNode() || !wanted.contains(value.asText());
            });
        }
        return result;
    }

    private static void sort(List<Entry> entries, Map<String, List<String>> query) {
        List<String> sortBy = query.get("_sort");
        if (sortBy == null || sortBy.isEmpty()) {
            return;
        }
        String[] path = sortBy.get(0).split("\\.");
        Comparator<Entry> comparator = Comparator.comparing(e -> resolve(e.node(), path), CollectionQuery::compareValues);
        List<String> order = query.get("_order");
        if (order != null && !order.isEmpty() && order.get(0).equalsIgnoreCase("desc")) {
            comparator = comparator.reversed();
        }
        entries.sort(comparator);
    }

    private static int compareValues(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        return a.asText().compareTo(b.asText());
    }

    private static JsonNode resolve(JsonNode node, String[] path) {
        JsonNode current = node;
        for (String part : path) {
            current = current.path(part);
        }
        return current;
    }

    /** RFC 8288 links to the first, previous, next and last pages, as json-server sends them. */
    private static String links(KitRequest request, int page, int limit, int total) {
        int last = Math.max(1, (int) Math.ceil(total / (double) Math.max(1, limit)));
        StringJoiner links = new StringJoiner(", ");
        links.add(link(request, 1, "first"));
        if (page > 1) {
            links.add(link(request, page - 1, "prev"));
        }
        if (page < last) {
            links.add(link(request, page + 1, "next"));
        }
        links.add(link(request, last, "last"));
        return links.toString();
    }

    private static String link(KitRequest request, int page, String rel) {
        StringJoiner query = new StringJoiner("&");
        request.query().forEach((key, values) -> {
            if (!key.equals("_page")) {
                values.forEach(v -> query.add(encode(key) + "=" + encode(v)));
            }
        });
        query.add("_page=" + page);
        return "<" + request.baseUrl() + request.path() + "?" + query + ">; rel=\"" + rel + "\"";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Joins the cached JSON of each record: a list costs no serialisation. */
    static byte[] jsonArray(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(entries.size() * 256 + 2);
        out.write('[');
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(entries.get(i).json());
        }
        out.write(']');
        return out.toByteArray();
    }
}
