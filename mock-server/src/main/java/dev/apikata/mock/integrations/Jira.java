package dev.apikata.mock.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * A Jira Cloud REST API v2 look-alike: create an issue ({@code POST /rest/api/2/issue}), read it
 * back, and move it through a small workflow with {@code GET/POST .../transitions}. Auth is Basic
 * with the account's e-mail and an API token, as Jira Cloud takes it (a Bearer header is refused:
 * Jira Cloud takes API tokens only as Basic). Errors have Jira's shape
 * {@code {"errorMessages": [...], "errors": {field: message}}}. Issue OPS-1 is there from the start.
 */
final class Jira {

    private static final Set<String> PROJECTS = Set.of("OPS", "INFRA");
    private static final Set<String> ISSUE_TYPES = Set.of("Task", "Bug", "Incident", "Story");
    static final String DEV_BASIC_AUTH = "Basic " + Base64.getEncoder().encodeToString(
            (DevCredentials.JIRA_USER + ":" + DevCredentials.JIRA_API_TOKEN).getBytes(StandardCharsets.UTF_8));
    private static final String NO_ISSUE = "Issue does not exist or you do not have permission to see it.";

    /** A workflow step: the transition's id and name, and the status it leads to. */
    private record Transition(String id, String name, String toId, String to) {}

    /** The classic workflow: transition names differ from the statuses they lead to. */
    private static final Map<String, List<Transition>> WORKFLOW = Map.of(
            "To Do", List.of(new Transition("21", "Start Progress", "3", "In Progress"),
                    new Transition("31", "Resolve", "10001", "Done")),
            "In Progress", List.of(new Transition("11", "Stop Progress", "10000", "To Do"),
                    new Transition("31", "Resolve", "10001", "Done")),
            "Done", List.of(new Transition("41", "Reopen", "10000", "To Do")));

    private final Clock clock;
    private final Map<String, ObjectNode> issues = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(10001);
    private final Map<String, AtomicInteger> nextNumber = new ConcurrentHashMap<>();

    Jira(Clock clock) {
        this.clock = clock;
        reset();
    }

    List<Route> routes() {
        return List.of(
                Route.post("/rest/api/2/issue", "Jira: create an issue (Basic auth: e-mail and API token)", this::create)
                        .statuses(201, 400, 401, 413, 415, 422).returns(201, "JiraCreated").returns(400, "JiraErrors").returns(401, "JiraErrors")
                        .exampleHeader("Authorization", DEV_BASIC_AUTH)
                        .jsonBody("{\"fields\":{\"project\":{\"key\":\"OPS\"},\"summary\":\"web01 disk full\",\"issuetype\":{\"name\":\"Incident\"}}}"),
                Route.get("/rest/api/2/issue/{issueIdOrKey}", "Jira: get an issue by id or key", this::read)
                        .statuses(200, 400, 401, 404).returns(200, "JiraIssue").returns(401, "JiraErrors").returns(404, "JiraErrors")
                        .example("/rest/api/2/issue/OPS-1")
                        .exampleHeader("Authorization", DEV_BASIC_AUTH),
                Route.get("/rest/api/2/issue/{issueIdOrKey}/transitions", "Jira: the transitions the issue's status allows", this::transitions)
                        .statuses(200, 400, 401, 404).returns(200, "JiraTransitions").returns(401, "JiraErrors").returns(404, "JiraErrors")
                        .example("/rest/api/2/issue/OPS-1/transitions")
                        .exampleHeader("Authorization", DEV_BASIC_AUTH),
                Route.post("/rest/api/2/issue/{issueIdOrKey}/transitions", "Jira: move the issue with one of its transitions (204)", this::transition)
                        .statuses(204, 400, 401, 404, 413, 415, 422).returns(400, "JiraErrors").returns(401, "JiraErrors").returns(404, "JiraErrors")
                        .example("/rest/api/2/issue/OPS-1/transitions")
                        .exampleHeader("Authorization", DEV_BASIC_AUTH)
                        .jsonBody("{\"transition\":{\"id\":\"21\"}}"));
    }

    private ResponseDefinition create(KitRequest request) {
        if (!authenticated(request)) {
            return unauthorised();
        }
        JsonNode fields = JsonBody.readObject(request).path("fields");
        ObjectNode errors = Json.object();
        String project = fields.path("project").path("key").asText("");
        if (!PROJECTS.contains(project)) {
            errors.put("project", "Specify a valid project ID or key");
        }
        if (fields.path("summary").asText("").isBlank()) {
            errors.put("summary", "You must specify a summary of the issue.");
        }
        String type = fields.path("issuetype").path("name").asText("");
        if (type.isEmpty()) {
            errors.put("issuetype", "Specify an issue type");
        }
        if (!errors.isEmpty()) {
            return errorCollection(400, List.of(), errors);
        }
        if (!ISSUE_TYPES.contains(type)) {
            return errorCollection(400, List.of("The issue type selected is invalid."), Json.object());
        }
        ObjectNode created = store(project, (ObjectNode) fields.deepCopy());
        return Reply.status(201).json(Json.object().put("id", created.get("id").asText())
                .put("key", created.get("key").asText()).put("self", self(request, created)));
    }

    private static String self(KitRequest request, ObjectNode issue) {
        return request.baseUrl() + "/rest/api/2/issue/" + issue.get("id").asText();
    }

    private ObjectNode store(String project, ObjectNode fields) {
        String id = String.valueOf(nextId.getAndIncrement());
        String key = project + "-" + nextNumber.computeIfAbsent(project, p -> new AtomicInteger(1)).getAndIncrement();
        ObjectNode stored = Json.object().put("id", id).put("key", key);
        ObjectNode storedFields = stored.putObject("fields");
        storedFields.setAll(fields);
        storedFields.putObject("status").put("id", "10000").put("name", "To Do");
        storedFields.put("created", clock.instant().toString());
        issues.put(id, stored);
        issues.put(key, stored);
        return stored;
    }

    private ResponseDefinition read(KitRequest request) {
        if (!authenticated(request)) {
            return unauthorised();
        }
        ObjectNode issue = issues.get(request.pathParam("issueIdOrKey"));
        if (issue == null) {
            return errorCollection(404, List.of(NO_ISSUE), Json.object());
        }
        ObjectNode answer = Json.object().put("id", issue.get("id").asText()).put("key", issue.get("key").asText())
                .put("self", self(request, issue));
        synchronized (issue) {
            answer.set("fields", issue.get("fields").deepCopy());
        }
        return Reply.ok(answer);
    }

    private ResponseDefinition transitions(KitRequest request) {
        if (!authenticated(request)) {
            return unauthorised();
        }
        ObjectNode issue = issues.get(request.pathParam("issueIdOrKey"));
        if (issue == null) {
            return errorCollection(404, List.of(NO_ISSUE), Json.object());
        }
        ObjectNode body = Json.object().put("expand", "transitions");
        ArrayNode list = body.putArray("transitions");
        for (Transition t : available(issue)) {
            ObjectNode item = list.addObject().put("id", t.id()).put("name", t.name());
            item.putObject("to").put("self", request.baseUrl() + "/rest/api/2/status/" + t.toId())
                    .put("name", t.to()).put("id", t.toId());
            item.put("hasScreen", false).put("isGlobal", false).put("isInitial", false)
                    .put("isAvailable", true).put("isConditional", false).put("isLooped", false);
        }
        return Reply.ok(body);
    }

    private ResponseDefinition transition(KitRequest request) {
        if (!authenticated(request)) {
            return unauthorised();
        }
        ObjectNode issue = issues.get(request.pathParam("issueIdOrKey"));
        if (issue == null) {
            return errorCollection(404, List.of(NO_ISSUE), Json.object());
        }
        JsonNode id = JsonBody.readObject(request).path("transition").path("id");
        if (!id.isTextual() && !id.isIntegralNumber()) {
            return errorCollection(400, List.of("Missing 'transition' identifier"), Json.object());
        }
        synchronized (issue) {
            for (Transition t : available(issue)) {
                if (t.id().equals(id.asText())) {
                    ((ObjectNode) issue.get("fields")).putObject("status").put("id", t.toId()).put("name", t.to());
                    return Reply.status(204).empty();
                }
            }
        }
        return errorCollection(400, List.of("Transition id '" + id.asText() + "' is not valid for this issue."), Json.object());
    }

    private static List<Transition> available(ObjectNode issue) {
        synchronized (issue) {
            return WORKFLOW.getOrDefault(issue.path("fields").path("status").path("name").asText(), List.of());
        }
    }

    private static boolean authenticated(KitRequest request) {
        return request.header("Authorization").orElse("").equals(DEV_BASIC_AUTH);
    }

    private static ResponseDefinition unauthorised() {
        ObjectNode body = Json.object();
        body.putArray("errorMessages").add("You are not authenticated. Authentication required to perform this operation.");
        body.putObject("errors");
        return Reply.status(401).header("WWW-Authenticate", "Basic realm=\"jira\"").json(body);
    }

    private static ResponseDefinition errorCollection(int status, List<String> messages, ObjectNode errors) {
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("errorMessages");
        messages.forEach(list::add);
        body.set("errors", errors);
        return Reply.json(status, body);
    }

    void reset() {
        issues.clear();
        nextId.set(10001);
        nextNumber.clear();
        ObjectNode fields = Json.object();
        fields.putObject("project").put("key", "OPS");
        fields.putObject("issuetype").put("name", "Task");
        fields.put("summary", "web01: /var is 95% full").put("description", "Raised by the disk check.");
        store("OPS", fields);
    }
}
