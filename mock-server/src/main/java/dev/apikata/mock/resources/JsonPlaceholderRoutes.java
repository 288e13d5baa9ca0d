package dev.apikata.mock.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.data.SeedData;
import dev.apikata.mock.resources.ResourceCollection.Entry;
import dev.apikata.mock.route.JsonBody;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import dev.apikata.mock.route.RouteGroup;
import java.util.ArrayList;
import java.util.List;

/** posts, comments, users and todos with JSONPlaceholder's routes, including the nested ones. */
public final class JsonPlaceholderRoutes implements RouteGroup {

    private final ResourceCollection posts = new ResourceCollection("posts", "id", SeedData::posts);
    private final ResourceCollection comments = new ResourceCollection("comments", "id", SeedData::comments);
    private final ResourceCollection users = new ResourceCollection("users", "id", SeedData::users);
    private final ResourceCollection todos = new ResourceCollection("todos", "id", SeedData::todos);
    private final RelatedCollections related = new RelatedCollections(List.of(posts, comments, users, todos));
    private final List<Route> routes = new ArrayList<>();

    public JsonPlaceholderRoutes(boolean fakeWrites) {
        // Hot routes get priority 1 so WireMock tries them first.
        routes.addAll(new CollectionRoutes(posts, related, fakeWrites).routes("1",
                "{\"title\":\"My New Infra Automation\",\"body\":\"This is a test post.\",\"userId\":10}", 1));
        routes.addAll(new CollectionRoutes(comments, related, fakeWrites).routes("1",
                "{\"postId\":1,\"name\":\"disk alert\",\"email\":\"ops@example.test\",\"body\":\"Looks good.\"}", 2));
        routes.addAll(new CollectionRoutes(users, related, fakeWrites).routes("1",
                "{\"name\":\"Kenji Mori\",\"username\":\"kmori\",\"email\":\"kmori@example.test\"}", 2));
        routes.addAll(new CollectionRoutes(todos, related, fakeWrites).routes("1",
                "{\"userId\":1,\"title\":\"rotate certificates\",\"completed\":false}", 2));
        routes.add(nested("/posts/{id}/comments", comments, "postId", "Comments of a post"));
        routes.add(nested("/users/{id}/posts", posts, "userId", "Posts of a user"));
        routes.add(nested("/users/{id}/todos", todos, "userId", "Todos of a user"));
        routes.add(Route.post("/posts/{id}/comments", "Add a comment to a post", r -> createChild(r, posts, comments, "postId"))
                .statuses(201, 400, 404, 413, 415, 422, 507).returns(201, "Comment").returns(404, "Empty")
                .example("/posts/1/comments")
                .jsonBody("{\"name\":\"follow-up\",\"email\":\"ops@example.test\",\"body\":\"Fixed in release 42.\"}"));
    }

    @Override
    public String id() {
        return "jsonplaceholder";
    }

    @Override
    public String name() {
        return "JSONPlaceholder resources";
    }

    @Override
    public List<Route> routes() {
        return routes;
    }

    @Override
    public void reset() {
        List.of(posts, comments, users, todos).forEach(ResourceCollection::reset);
    }

    public ResourceCollection users() {
        return users;
    }

    private Route nested(String template, ResourceCollection children, String foreignKey, String summary) {
        return Route.get(template, summary + " (same filters and paging as the list)",
                        request -> CollectionQuery.nested(request, children, related, foreignKey, request.pathParam("id")))
                .query(CollectionRoutes.LIST_PARAMETERS)
                .statuses(200, 400).returns(200, CollectionRoutes.schemaName(children.name()) + "List")
                .example(template.replace("{id}", "1"));
    }

    private static ResponseDefinition createChild(KitRequest request, ResourceCollection parents, ResourceCollection children, String foreignKey) {
        ObjectNode body = JsonBody.readObject(request);
        String parentId = request.pathParam("id");
        if (parents.find(parentId).isEmpty()) {
            return CollectionRoutes.notFound();
        }
        body.put(foreignKey, Long.parseLong(parentId));
        Entry created = children.create(body);
        return Reply.status(201)
                .header("Location", request.baseUrl() + "/" + children.name() + "/" + created.node().get("id").asText())
                .json(created.json());
    }
}
