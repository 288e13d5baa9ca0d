package dev.apikata.mock.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.resources.ResourceCollection.Entry;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.JsonBody;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.PercentEncoding;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import java.util.List;
import java.util.Optional;

/**
 * The REST routes of one collection, json-server style: list, create, read, replace, merge,
 * delete. With fake writes the answers are the same but nothing is stored, as on JSONPlaceholder.
 */
public final class CollectionRoutes {

    private final ResourceCollection collection;
    private final RelatedCollections related;
    private final boolean fakeWrites;
    private final String base;
    private final String keyParam;

    public CollectionRoutes(ResourceCollection collection, RelatedCollections related, boolean fakeWrites) {
        this.collection = collection;
        this.related = related;
        this.fakeWrites = fakeWrites;
        this.base = "/" + collection.name();
        this.keyParam = collection.keyField();
    }

    /**
     * @param exampleKey a key that exists in the seed data ({@code 1}, {@code web01})
     * @param exampleBody a valid body for create and replace
     */
    public List<Route> routes(String exampleKey, String exampleBody, int priority) {
        String item = base + "/{" + keyParam + "}";
        String itemExample = base + "/" + exampleKey;
        String record = schemaName(collection.name());
        // A natural key (a server's name) can be taken (409) or missing (422).
        Integer[] createStatuses = keyParam.equals("id") ? new Integer[] {201, 400, 413, 415, 422, 507} : new Integer[] {201, 400, 409, 413, 415, 422, 507};
        return List.of(
                Route.get(base, "List " + collection.name() + " (filter by any field, _page/_limit, _sort/_order)", this::list)
                        .query(LIST_PARAMETERS)
                        .statuses(200, 400).returns(200, record + "List")
                        .priority(priority),
                Route.post(base, "Create a record in " + collection.name(), this::create)
                        .statuses(createStatuses).returns(201, record)
                        .jsonBody(exampleBody),
                Route.get(item, "Get one record of " + collection.name(), this::read)
                        .query("_embed", "_expand")
                        .statuses(200, 400, 404).returns(200, record).returns(404, "Empty").example(itemExample).priority(priority),
                Route.put(item, "Replace a record of " + collection.name(), this::replace)
                        .statuses(200, 400, 404, 413, 415, 422).returns(200, record).returns(404, "Empty").example(itemExample).jsonBody(exampleBody),
                Route.patch(item, "Merge fields into a record of " + collection.name(), this::merge)
                        .statuses(200, 400, 404, 413, 415, 422).returns(200, record).returns(404, "Empty").example(itemExample)
                        .jsonBody("{\"title\":\"patched\"}"),
                Route.delete(item, "Delete a record of " + collection.name() + " (and the records that refer to it)", this::delete)
                        .statuses(200, 400, 404).returns(200, "Empty").returns(404, "Empty").example(itemExample));
    }

    /** The query parameters of every list: json-server's. */
    static final String[] LIST_PARAMETERS = {"_page", "_limit", "_start", "_end", "_sort", "_order", "q", "_embed", "_expand"};

    /** {@code posts} is {@code Post} in openapi.yaml. */
    static String schemaName(String collection) {
        String singular = RelatedCollections.singular(collection);
        return Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
    }

    ResponseDefinition list(KitRequest request) {
        return CollectionQuery.answer(request, collection, related);
    }

    ResponseDefinition read(KitRequest request) {
        Optional<Entry> entry = collection.find(request.pathParam(keyParam));
        List<String> embeds = request.query().getOrDefault("_embed", List.of());
        List<String> expands = request.query().getOrDefault("_expand", List.of());
        if (entry.isEmpty() || (embeds.isEmpty() && expands.isEmpty())) {
            return found(entry);
        }
        return Reply.ok(CollectionQuery.withRelations(entry.get(), collection.name(), related, embeds, expands));
    }

    ResponseDefinition create(KitRequest request) {
        ObjectNode body = JsonBody.readObject(request);
        Entry created;
        if (fakeWrites) {
            ObjectNode echo = body.deepCopy();
            echo.put("id", collection.peekNextId());
            created = Entry.of(echo);
        } else {
            created = collection.create(body);
        }
        String key = created.node().get(keyParam).asText();
        return Reply.status(201).header("Location", request.baseUrl() + base + "/" + PercentEncoding.encodePathSegment(key)).json(created.json());
    }

    ResponseDefinition replace(KitRequest request) {
        ObjectNode body = JsonBody.readObject(request);
        String key = request.pathParam(keyParam);
        if (fakeWrites) {
            return found(collection.find(key).map(current -> echo(current, body)));
        }
        return found(collection.replace(key, body));
    }

    ResponseDefinition merge(KitRequest request) {
        ObjectNode patch = JsonBody.readObject(request);
        String key = request.pathParam(keyParam);
        if (fakeWrites) {
            return found(collection.find(key).map(current -> {
                ObjectNode merged = current.node().deepCopy();
                merged.setAll(patch);
                return echo(current, merged);
            }));
        }
        return found(collection.merge(key, patch));
    }

    ResponseDefinition delete(KitRequest request) {
        String key = request.pathParam(keyParam);
        Optional<Entry> deleted = fakeWrites ? collection.find(key) : collection.remove(key);
        if (deleted.isEmpty()) {
            return notFound();
        }
        if (!fakeWrites) {
            // As json-server does: deleting a post deletes its comments.
            related.deleteDependentsOf(collection, deleted.get().node().get("id"));
        }
        // JSONPlaceholder answers a delete with an empty object.
        return Reply.ok(Json.object());
    }

    private Entry echo(Entry current, ObjectNode body) {
        ObjectNode echo = body.deepCopy();
        echo.set("id", current.node().get("id"));
        echo.set(keyParam, current.node().get(keyParam));
        return Entry.of(echo);
    }

    static ResponseDefinition found(Optional<Entry> entry) {
        return entry.map(e -> Reply.status(200).json(e.json())).orElseGet(CollectionRoutes::notFound);
    }

    /** JSONPlaceholder's 404 body for a missing record is an empty object. */
    static ResponseDefinition notFound() {
        return Reply.json(404, Json.object());
    }
}
