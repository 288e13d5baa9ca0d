package dev.apikata.requests;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects every item of a collection that an API hands out page by page. Each page is a GET with
 * {@code Accept: application/json} whose body is a JSON array of items. Chapter 02, section
 * {@code #pagination}.
 */
public final class Paginator {

    // One link-value of a Link header: <uri-reference> and its parameters. A comma may occur inside
    // <...>, so the header is not split on commas.
    private static final Pattern LINK = Pattern.compile("<([^>]*)>([^<]*)");
    // rel="next", rel=next, rel="prev next": relation types are compared ignoring case (RFC 8288).
    private static final Pattern NEXT = Pattern.compile("(?i);\\s*rel\\s*=\\s*\"?(?:[^\";,]*\\s)?next(?=[\\s\";,]|$)");

    private final HttpClient http;
    // A tolerant reader: fields the item type does not declare are ignored.
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Paginator(HttpClient http) {
        this.http = http;
    }

    /**
     * Follows the {@code Link: <...>; rel="next"} header from {@code first} and returns the items of
     * every page, in order. A relative link is resolved against the page that sent it. Stops when a
     * page has no next link, when a page is empty, or when the next link points to a page already
     * requested (no page is requested twice). Chapter section {@code #pagination-link}.
     *
     * @throws UnexpectedStatusException when a page answers anything but 200
     */
    public <T> List<T> followLinks(URI first, Class<T> itemType) throws IOException, InterruptedException {
        List<T> items = new ArrayList<>();
        Set<URI> requested = new HashSet<>();
        Optional<URI> next = Optional.of(first);
        while (next.isPresent() && requested.add(next.get())) {
            HttpResponse<String> page = fetch(next.get());
            List<T> pageItems = json.readValue(page.body(), listOf(itemType));
            if (pageItems.isEmpty()) {
                break;
            }
            items.addAll(pageItems);
            next = nextLink(page);
        }
        return items;
    }

    /**
     * Requests {@code collection} with {@code pageParameter=1}, then 2, 3... (keeping the query the
     * URI already has) and returns the items of every page, in order, until a page is empty. A page
     * shorter than the others is not the last one: some APIs serve fewer items than asked for.
     * Chapter section {@code #pagination-pages}.
     *
     * @throws IllegalStateException      when a page is the same as the one before: the API ignores
     *                                    {@code pageParameter}, and following it would never end
     * @throws UnexpectedStatusException when a page answers anything but 200
     */
    public <T> List<T> byPageNumber(URI collection, String pageParameter, Class<T> itemType)
            throws IOException, InterruptedException {
        List<T> items = new ArrayList<>();
        String previous = null;
        for (int number = 1; ; number++) {
            String query = Uris.query(Map.of(pageParameter, number));
            String separator = collection.getRawQuery() == null ? "?" : "&";
            String body = fetch(URI.create(collection + separator + query)).body();
            List<T> pageItems = json.readValue(body, listOf(itemType));
            if (pageItems.isEmpty()) {
                return items;
            }
            if (body.equals(previous)) {
                throw new IllegalStateException("page " + number + " of " + collection + " is the same as page "
                        + (number - 1) + ": does the API know the parameter " + pageParameter + "?");
            }
            items.addAll(pageItems);
            previous = body;
        }
    }

    private HttpResponse<String> fetch(URI page) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(page).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new UnexpectedStatusException(response);
        }
        return response;
    }

    // Every link-value of every Link header line: the first whose rel lists "next".
    private static Optional<URI> nextLink(HttpResponse<String> page) {
        return page.headers().allValues("Link").stream()
                .flatMap(header -> LINK.matcher(header).results())
                .filter(link -> NEXT.matcher(link.group(2)).find())
                .map(link -> page.uri().resolve(link.group(1).trim()))
                .findFirst();
    }

    private CollectionType listOf(Class<?> itemType) {
        return json.getTypeFactory().constructCollectionType(List.class, itemType);
    }
}
