package dev.apikata.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.integrations.given.ApiClient;
import dev.apikata.integrations.given.ApiException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client for Jira's REST API version 2 ({@code /rest/api/2}, the same paths on Jira Cloud and Jira
 * Data Center). Chapter 09, section "Jira のチケットを作る" / "Jira issues".
 */
public final class JiraClient {

    private final ApiClient api;
    private final String email;
    private final String apiToken;

    /**
     * @param siteUrl  the Jira site, for example {@code https://your-team.atlassian.net}, or a Data
     *                 Center base URL with its context path ({@code https://intra.example.test/jira})
     * @param email    the account's e-mail address
     * @param apiToken an API token of that account (never its password; keep it out of the code)
     */
    public JiraClient(URI siteUrl, String email, String apiToken) {
        this.api = new ApiClient(siteUrl, Map.of("Accept", "application/json"));
        this.email = email;
        this.apiToken = apiToken;
    }

    /**
     * Creates an issue with POST {@code /rest/api/2/issue}, authenticated with Basic auth from the
     * e-mail and the API token, and the body {@code {"fields": {"project": {"key": ...}, "issuetype":
     * {"name": ...}, "summary": ..., "description": ...}}}.
     *
     * @return the new issue's key from the 201 answer, such as {@code OPS-42}
     * @throws JiraValidationException for 400 with Jira's error collection
     * @throws ApiException             for any other status outside 2xx (401 for wrong credentials)
     */
    public String createIssue(NewIssue issue) throws IOException, InterruptedException {
        ObjectNode fields = api.json().createObjectNode();
        fields.putObject("project").put("key", issue.projectKey());
        fields.putObject("issuetype").put("name", issue.issueType());
        fields.put("summary", issue.summary()).put("description", issue.description());
        ObjectNode body = api.json().createObjectNode();
        body.set("fields", fields);
        HttpResponse<String> response = api.send(api.request("/rest/api/2/issue")
                .header("Authorization", authorization())
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(api.json().writeValueAsString(body)))
                .build());
        if (response.statusCode() == 400) {
            throw validationError(api.json().readTree(response.body()));
        }
        return api.json().readTree(ApiException.unlessSuccessful(response).body()).path("key").asText();
    }

    /**
     * Moves an issue to the status {@code statusName} ("In Progress", "Done"): GET
     * {@code /rest/api/2/issue/{key}/transitions}, picks the transition whose target status
     * ({@code to.name}) is {@code statusName}, and POSTs {@code {"transition": {"id": ...}}} to the same
     * path, which answers 204.
     *
     * @throws IllegalArgumentException when no transition leads there from the current status, without posting
     * @throws ApiException             for a status outside 2xx
     */
    public void transitionTo(String issueKey, String statusName) throws IOException, InterruptedException {
        String path = "/rest/api/2/issue/" + issueKey + "/transitions";
        JsonNode answer = api.json().readTree(ApiException.unlessSuccessful(api.send(api.request(path)
                .header("Authorization", authorization()).GET().build())).body());
        // Workflows name transitions freely ("Start Progress"); the target status is what the caller means.
        List<String> reachable = new ArrayList<>();
        for (JsonNode transition : answer.path("transitions")) {
            String target = transition.path("to").path("name").asText();
            if (target.equalsIgnoreCase(statusName)) {
                ObjectNode body = api.json().createObjectNode();
                body.putObject("transition").put("id", transition.path("id").asText());
                ApiException.unlessSuccessful(api.send(api.request(path)
                        .header("Authorization", authorization())
                        .header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString(api.json().writeValueAsString(body)))
                        .build()));
                return;
            }
            reachable.add(target);
        }
        throw new IllegalArgumentException(issueKey + " cannot move to " + statusName + " from here; it can move to " + reachable);
    }

    private String authorization() {
        // Jira Cloud: Basic auth with the e-mail as the user name and the API token as the password.
        String credentials = email + ":" + apiToken;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static JiraValidationException validationError(JsonNode collection) {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        collection.path("errors").properties().forEach(field -> fieldErrors.put(field.getKey(), field.getValue().asText()));
        List<String> messages = new ArrayList<>();
        collection.path("errorMessages").forEach(message -> messages.add(message.asText()));
        return new JiraValidationException(fieldErrors, messages);
    }
}
