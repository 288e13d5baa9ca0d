package dev.apikata.requests;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import dev.apikata.course.NotDoneYet;
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
        throw NotDoneYet.task("02.8");
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
        throw NotDoneYet.task("02.9");
    }
}
