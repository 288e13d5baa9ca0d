package dev.apikata.mock.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.auth.DevCredentials;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.JsonBody;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Jira REST API v2 look-alike: create an issue ({@code POST /rest/api/2/issue}) and read it back.
 * Auth is Basic (user + API token) or a Bearer personal access token; errors have Jira's shape
 * {@code {"errorMessages": [...], "errors": {field: message}}}.
 */
final class Jira {

    private static final Set<String> PROJECTS = Set.of("OPS", "INFRA");
    private static final Set<String> ISSUE_TYPES = Set.of("Task", "Bug", "Incident", "Story");
    private static final String DEV_BASIC_AUTH = "Basic " + Base64.getEncoder().encodeToString(
            (DevCredentials.JIRA_USER + ":" + DevCredentials.JIRA_API_TOKEN).getBytes(StandardCharsets.UTF_8));

    private final Clock clock;
    private final Map<String, ObjectNode> issues = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(10001);
    private final Map<String, AtomicInteger> nextNumber = new ConcurrentHashMap<>();

    Jira(Clock clock) {
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                Route.post("/rest/api/2/issue", "Jira: create an issue (Basic user:token or Bearer token)", this::create)
                        .statuses(201, 400, 401, 413, 415, 422).returns(201, "JiraCreated").returns(401, "JiraErrors")
                        .exampleHeader("Authorization", DEV_BASIC_AUTH)
                        .jsonBody("{\"fields\":{\"project\":{\"key\":\"OPS\"},\"summary\":\"web01 disk full\",\"issuetype\":{\"name\":\"Incident\"}}}"),
                Route.get("/rest/api/2/issue/{issueIdOrKey}", "Jira: get an issue by id or key", this::read)
                        .statuses(404, 200, 400, 401).returns(404, "JiraErrors").returns(200, "JiraIssue").returns(401, "JiraErrors")
                        .example("/rest/api/2/issue/OPS-999")
                        .exampleHeader("Authorization", DEV_BASIC_AUTH));
    }

    private ResponseDefinition create(KitRequest request) {
        if (!authenticated(request)) {
            return unauthorised();
        }
        JsonNode fields = JsonBody.readObject(request).path("fields");
        ObjectNode errors = Json.object();
        String project = fields.path("project").path("key").asText("");
        if (!PROJECTS.contains(project)) {
            errors.put("project", project.isEmpty() ? "project is required" : "valid project is required");
        }
        if (fields.path("summary").asText("").isBlank()) {
            errors.put("summary", "You must specify a summary of the issue.");
        }
        String type = fields.path("issuetype").path("name").asText("");
        if (!ISSUE_TYPES.contains(type)) {
            errors.put("issuetype", type.isEmpty() ? "issue type is required" : "valid issue type is required");
        }
        if (!errors.isEmpty()) {
            ObjectNode body = Json.object();
            body.putArray("errorMessages");
            body.set("errors", errors);
            return Reply.json(400, body);
        }
        String id = String.valueOf(nextId.getAndIncrement());
        String key = project + "-" + nextNumber.computeIfAbsent(project, p -> new AtomicInteger(1)).getAndIncrement();
        String self = request.baseUrl() + "/rest/api/2/issue/" + id;
        ObjectNode stored = Json.object().put("id", id).put("key", key).put("self", self);
        ObjectNode storedFields = stored.putObject("fields");
        storedFields.setAll((ObjectNode) fields.deepCopy());
        storedFields.putObject("status").put("name", "To Do");
        storedFields.put("created", clock.instant().toString());
        issues.put(id, stored);
        issues.put(key, stored);
        return Reply.status(201).header("Location", self).json(Json.object().put("id", id).put("key", key).put("self", self));
    }

    private ResponseDefinition read(KitRequest request) {
        if (!authenticated(request)) {
            return unauthorised();
        }
        ObjectNode issue = issues.get(request.pathParam("issueIdOrKey"));
        if (issue == null) {
            return errorMessages(404, "Issue does not exist or you do not have permission to see it.");
        }
        return Reply.ok(issue);
    }

    private static boolean authenticated(KitRequest request) {
        String header = request.header("Authorization").orElse("");
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim().equals(DevCredentials.JIRA_API_TOKEN);
        }
        return header.equals(DEV_BASIC_AUTH);
    }

    private static ResponseDefinition unauthorised() {
        return errorMessages(401, "You are not authenticated. Authentication required to perform this operation.");
    }

    private static ResponseDefinition errorMessages(int status, String message) {
        ObjectNode body = Json.object();
        body.putArray("errorMessages").add(message);
        body.putObject("errors");
        Reply reply = Reply.status(status);
        if (status == 401) {
            reply.header("WWW-Authenticate", "Basic realm=\"jira\"");
        }
        return reply.json(body);
    }

    void reset() {
        issues.clear();
        nextId.set(10001);
        nextNumber.clear();
    }
}
