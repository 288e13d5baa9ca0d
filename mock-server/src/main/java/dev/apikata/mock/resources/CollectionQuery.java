package dev.apikata.mock.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.resources.ResourceCollection.Entry;
import dev.apikata.mock.route.ApiProblem;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * json-server 0.17.4's list query language, which JSONPlaceholder answers:
 * <ul>
 *   <li>filters on any field, dotted paths for nested ones; a repeated key means "any of"; a field
 *       no record has is ignored; {@code _gte}, {@code _lte}, {@code _ne} and {@code _like} (a
 *       regular expression) after a field name compare instead of matching;
 *   <li>{@code q}: the records with the text in any value, nested ones too;
 *   <li>{@code _sort=a,b&_order=asc,desc};
 *   <li>{@code _page} (with {@code _limit}, default 10, and a {@code Link} header), else
 *       {@code _start}/{@code _end}, else {@code _start}/{@code _limit};
 *   <li>{@code _embed=comments} and {@code _expand=user} (see {@link RelatedCollections}).
 * </ul>
 * Values compare as json-server compares them, as text ({@link JsValues}). A parameter that must
 * be a number and is not gets a 400, where json-server would quietly answer an empty list.
 */
public final class CollectionQuery {

    private static final int DEFAULT_PAGE_SIZE = 10;
    private static final Set<String> CONTROL = Set.of("q", "_start", "_end", "_page", "_sort", "_order", "_limit", "_embed", "_expand");
    /** JSONP's callback and jQuery's cache buster are never filters. */
    private static final Set<String> IGNORED = Set.of("callback", "_");
    private static final Pattern OPERATOR = Pattern.compile("(.+?)(_gte|_lte|_ne|_like)");
    private static final Pattern INTEGER = Pattern.compile("\\s*[+-]?\\d{1,40}\\s*");

    private CollectionQuery() {}

    /** {@code GET /firewall/rules}: a list with filters, sorting and paging, no relations. */
    public static ResponseDefinition answer(KitRequest request, List<Entry> entries) {
        return answer(request, entries, null, RelatedCollections.NONE, Map.of());
    }

    /** {@code GET /posts}. */
    public static ResponseDefinition answer(KitRequest request, ResourceCollection collection, RelatedCollections related) {
        return answer(request, collection.all(), collection.name(), related, Map.of());
    }

    /** {@code GET /posts/1/comments}, which json-server answers as {@code GET /comments?postId=1}. */
    public static ResponseDefinition nested(KitRequest request, ResourceCollection children, RelatedCollections related,
            String foreignKey, String parentId) {
        return answer(request, children.all(), children.name(), related, Map.of(foreignKey, parentId));
    }

    private static ResponseDefinition answer(KitRequest request, List<Entry> entries, String name, RelatedCollections related,
            Map<String, String> fixedFilters) {
        Map<String, List<String>> query = new LinkedHashMap<>(request.query());
        fixedFilters.forEach((key, value) -> query.put(key, List.of(value)));
        List<Entry> matching = filter(entries, query);
        sort(matching, first(query, "_sort"), first(query, "_order"));
        Reply reply = Reply.status(200).header("X-Total-Count", matching.size());
        List<Entry> page = slice(request, query, matching, reply);
        List<String> embeds = query.getOrDefault("_embed", List.of());
        List<String> expands = query.getOrDefault("_expand", List.of());
        if (name == null || (embeds.isEmpty() && expands.isEmpty())) {
            return reply.json(jsonArray(page));
        }
        List<JsonNode> decorated = new ArrayList<>();
        for (Entry entry : page) {
            decorated.add(withRelations(entry, name, related, embeds, expands));
        }
        return reply.json(decorated);
    }

    /** One record with {@code _embed} and {@code _expand} applied ({@code GET /posts/1?_embed=comments}). */
    static ObjectNode withRelations(Entry entry, String name, RelatedCollections related, List<String> embeds, List<String> expands) {
        ObjectNode copy = entry.node().deepCopy();
        embeds.forEach(children -> related.embed(copy, name, children));
        expands.forEach(reference -> related.expand(copy, reference));
        return copy;
    }

    static List<Entry> filter(List<Entry> entries, Map<String, List<String>> query) {
        List<Entry> result = new ArrayList<>(entries);
        String q = first(query, "q");
        if (q != null && !q.isEmpty()) {
            String needle = q.toLowerCase(Locale.ROOT);
            result.removeIf(e -> !containsText(e.node(), needle));
        }
        for (Map.Entry<String, List<String>> filter : query.entrySet()) {
            String key = filter.getKey();
            if (CONTROL.contains(key) || IGNORED.contains(key)) {
                continue;
            }
            Matcher operator = OPERATOR.matcher(key);
            String[] path = (operator.matches() ? operator.group(1) : key).split("\\.");
            if (!operator.matches() && entries.stream().allMatch(e -> resolve(e.node(), path).isMissingNode())) {
                continue; // json-server ignores a field the resource does not have
            }
            Predicate<JsonNode> wanted = condition(operator.matches() ? operator.group(2) : "", filter.getValue(), key);
            result.removeIf(e -> {
                JsonNode value = resolve(e.node(), path);
                return value.isMissingNode() || value.isNull() || !wanted.test(value);
            });
        }
        return result;
    }

    /** What one filter asks of a value: any of the values, or all of them for {@code _ne}. */
    private static Predicate<JsonNode> condition(String operator, List<String> values, String key) {
        List<Predicate<JsonNode>> each = new ArrayList<>();
        for (String wanted : values) {
            each.add(switch (operator) {
                case "_gte" -> value -> JsValues.textAtMost(wanted, value);
                case "_lte" -> value -> JsValues.textAtLeast(wanted, value);
                case "_ne" -> value -> !wanted.equals(JsValues.toJsString(value));
                case "_like" -> {
                    Pattern regex = regex(key, wanted);
                    yield value -> regex.matcher(JsValues.toJsString(value)).find();
                }
                default -> value -> wanted.equals(JsValues.toJsString(value));
            });
        }
        return operator.equals("_ne") ? each.stream().reduce(Predicate::and).orElse(v -> true) : each.stream().reduce(Predicate::or).orElse(v -> false);
    }

    private static Pattern regex(String key, String expression) {
        try {
            return Pattern.compile(expression, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new ApiProblem(400, "bad_parameter", "'" + key + "' takes a regular expression; '" + expression + "' is not one: " + e.getDescription());
        }
    }

    /** json-server's full-text search: any value, however deep, that contains the text (keys do not count). */
    private static boolean containsText(JsonNode node, String needle) {
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (containsText(child, needle)) {
                    return true;
                }
            }
            return false;
        }
        boolean falsy = node.isNull() || (node.isBoolean() && !node.booleanValue()) || (node.isNumber() && node.doubleValue() == 0)
                || (node.isTextual() && node.asText().isEmpty());
        return !falsy && JsValues.toJsString(node).toLowerCase(Locale.ROOT).contains(needle);
    }

    /** lodash's orderBy: fields in turn, each ascending unless its order is desc; stable. */
    private static void sort(List<Entry> entries, String sortBy, String orderBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return;
        }
        String[] fields = sortBy.split(",");
        String[] orders = (orderBy == null ? "" : orderBy).toLowerCase(Locale.ROOT).split(",");
        Comparator<Entry> comparator = (a, b) -> 0;
        for (int i = 0; i < fields.length; i++) {
            String[] path = fields[i].split("\\.");
            Comparator<Entry> byField = (a, b) -> JsValues.compareAscending(resolve(a.node(), path), resolve(b.node(), path));
            comparator = comparator.thenComparing(i < orders.length && orders[i].equals("desc") ? byField.reversed() : byField);
        }
        entries.sort(comparator);
    }

    private static List<Entry> slice(KitRequest request, Map<String, List<String>> query, List<Entry> matching, Reply reply) {
        Long page = integer(query, "_page");
        Long start = integer(query, "_start");
        Long end = integer(query, "_end");
        Long limit = integer(query, "_limit");
        if (page != null) {
            long pageNumber = Math.max(1, page);
            long perPage = limit == null || limit == 0 ? DEFAULT_PAGE_SIZE : limit;
            return page(request, matching, pageNumber, perPage, reply);
        }
        if (end != null) {
            return lodashSlice(matching, start == null ? 0 : start, end);
        }
        if (limit != null) {
            long from = start == null ? 0 : start;
            return lodashSlice(matching, from, saturatedAdd(from, limit));
        }
        return matching;
    }

    /** json-server's getPage: the items, and links to the first, previous, next and last pages. */
    private static List<Entry> page(KitRequest request, List<Entry> all, long page, long perPage, Reply reply) {
        long from = saturatedMultiply(page - 1, perPage);
        long to = saturatedMultiply(page, perPage);
        List<Entry> items = arraySlice(all, from, to);
        if (items.isEmpty()) {
            return items;
        }
        Map<String, Long> links = new LinkedHashMap<>();
        boolean partial = items.size() != all.size();
        if (partial) {
            links.put("first", 1L);
        }
        if (page > 1) {
            links.put("prev", page - 1);
        }
        if (to < all.size()) {
            links.put("next", page + 1);
        }
        if (partial) {
            links.put("last", (long) Math.ceil(all.size() / (double) perPage));
        }
        if (!links.isEmpty()) {
            StringJoiner header = new StringJoiner(", ");
            String url = request.baseUrl() + request.raw().getUrl();
            links.forEach((rel, number) -> header.add("<" + url.replaceFirst(Pattern.quote("page=" + page), "page=" + number) + ">; rel=\"" + rel + "\""));
            reply.header("Link", header.toString());
        }
        return items;
    }

    /** lodash's {@code _.slice}: a negative start counts from the end, so does a negative end. */
    static List<Entry> lodashSlice(List<Entry> list, long start, long end) {
        long length = list.size();
        long from = start < 0 ? (-start > length ? 0 : length + start) : start;
        long to = Math.min(end, length);
        if (to < 0) {
            to += length;
        }
        return from >= to ? List.of() : list.subList((int) from, (int) to);
    }

    /** JavaScript's {@code Array.prototype.slice}, which json-server's paging uses. */
    static List<Entry> arraySlice(List<Entry> list, long start, long end) {
        long length = list.size();
        long from = start < 0 ? Math.max(length + start, 0) : Math.min(start, length);
        long to = end < 0 ? Math.max(length + end, 0) : Math.min(end, length);
        return from >= to ? List.of() : list.subList((int) from, (int) to);
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        return (high == 0 && product >= 0) || (high == -1 && product < 0) ? product : ((a < 0) == (b < 0) ? Long.MAX_VALUE : Long.MIN_VALUE);
    }

    /** A whole-number parameter, or null when absent or empty. */
    private static Long integer(Map<String, List<String>> query, String name) {
        String value = first(query, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!INTEGER.matcher(value).matches()) {
            throw new ApiProblem(400, "bad_parameter", "Query parameter '" + name + "' must be a whole number, got '" + value + "'");
        }
        // Beyond a long it is beyond any list: clamp, as JavaScript's numbers would saturate the slice.
        BigInteger number = new BigInteger(value.strip().replace("+", ""));
        return number.max(BigInteger.valueOf(Long.MIN_VALUE)).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static JsonNode resolve(JsonNode node, String[] path) {
        JsonNode current = node;
        for (String part : path) {
            current = current.path(part);
        }
        return current;
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
