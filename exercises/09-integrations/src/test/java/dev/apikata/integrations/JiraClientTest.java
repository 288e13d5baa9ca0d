package dev.apikata.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import dev.apikata.integrations.given.ApiException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module 09, task 09.4: Jira's REST API version 2, shaped as Atlassian documents it for Jira Cloud
 * ("The Jira Cloud platform REST API", version 2: Create issue, Get transitions, Transition issue,
 * Basic auth with an API token) and served on a base URL with a context path, as Jira Data Center has.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:09.4")
@DisplayName("09.4 JiraClient: create an issue, move it through a transition")
class JiraClientTest {

    private static final String EMAIL = "ops-bot@example.test";
    private static final String API_TOKEN = "devOnlyJiraToken0000";
    /** Base64 of "ops-bot@example.test:devOnlyJiraToken0000" (development credentials, not a real account). */
    private static final String BASIC = "Basic b3BzLWJvdEBleGFtcGxlLnRlc3Q6ZGV2T25seUppcmFUb2tlbjAwMDA=";

    private static final String ISSUES = "/jira/rest/api/2/issue";
    private static final NewIssue DISK_FULL = new NewIssue("OPS", "Task", "web01: /var is 95% full",
            "Raised by the disk check at 10:02. Clean up /var/log or grow the volume.");
    private static final String DISK_FULL_JSON = """
            {"fields": {"project": {"key": "OPS"}, "issuetype": {"name": "Task"},
                        "summary": "web01: /var is 95% full",
                        "description": "Raised by the disk check at 10:02. Clean up /var/log or grow the volume."}}""";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private final JiraClient jira = new JiraClient(URI.create(api.url("/jira")), EMAIL, API_TOKEN);

    @Nested
    @Tag("task:09.4")
    @DisplayName("createIssue")
    class Create {

        @Test
        @DisplayName("POSTs the fields with Basic auth (e-mail:API token in Base64) and returns the key Jira assigned")
        void created() throws Exception {
            api.stubFor(post(urlEqualTo(ISSUES)).willReturn(aResponse().withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\": \"10042\", \"key\": \"OPS-42\", \"self\": \"" + api.url(ISSUES + "/10042") + "\"}")));

            String key = jira.createIssue(DISK_FULL);

            assertThat(key).as("createIssue(...) when Jira answers 201 with key OPS-42").isEqualTo("OPS-42");
            api.verify(1, postRequestedFor(urlEqualTo(ISSUES))
                    .withHeader("Authorization", equalTo(BASIC))
                    .withHeader("Content-Type", containing("application/json"))
                    .withRequestBody(equalToJson(DISK_FULL_JSON)));
        }

        @Test
        @DisplayName("400 with errors: a JiraValidationException with one message per field")
        void fieldErrors() {
            api.stubFor(post(urlEqualTo(ISSUES)).willReturn(aResponse().withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("""
                            {"errorMessages": [], "errors": {"summary": "You must specify a summary of the issue.",
                             "issuetype": "Specify an issue type"}}""")));

            assertThatExceptionOfType(JiraValidationException.class)
                    .as("createIssue(...) when Jira answers 400 with field errors")
                    .isThrownBy(() -> jira.createIssue(new NewIssue("OPS", "", "", "")))
                    .satisfies(e -> {
                        assertThat(e.fieldErrors()).as("fieldErrors()").isEqualTo(Map.of(
                                "summary", "You must specify a summary of the issue.",
                                "issuetype", "Specify an issue type"));
                        assertThat(e.errorMessages()).as("errorMessages()").isEmpty();
                    });
        }

        @Test
        @DisplayName("400 with errorMessages only: a JiraValidationException with those messages")
        void errorMessages() {
            api.stubFor(post(urlEqualTo(ISSUES)).willReturn(aResponse().withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"errorMessages\": [\"The issue type selected is invalid.\"], \"errors\": {}}")));

            assertThatExceptionOfType(JiraValidationException.class)
                    .as("createIssue(...) when Jira answers 400 with errorMessages")
                    .isThrownBy(() -> jira.createIssue(DISK_FULL))
                    .satisfies(e -> {
                        assertThat(e.errorMessages()).as("errorMessages()").containsExactly("The issue type selected is invalid.");
                        assertThat(e.fieldErrors()).as("fieldErrors()").isEmpty();
                    });
        }

        @Test
        @DisplayName("401 for a wrong API token is an ApiException, not a validation error")
        void unauthorized() {
            api.stubFor(post(urlEqualTo(ISSUES)).willReturn(aResponse().withStatus(401)
                    .withHeader("Content-Type", "text/plain").withBody("Basic authentication with passwords is deprecated.")));

            assertThatExceptionOfType(ApiException.class)
                    .as("createIssue(...) when Jira answers 401")
                    .isThrownBy(() -> jira.createIssue(DISK_FULL))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(401));
        }
    }

    @Nested
    @Tag("task:09.4")
    @DisplayName("transitionTo")
    class Transition {

        private static final String TRANSITIONS = "/jira/rest/api/2/issue/OPS-42/transitions";
        private static final String AVAILABLE = """
                {"expand": "transitions", "transitions": [
                  {"id": "11", "name": "Back to backlog", "to": {"id": "10000", "name": "Backlog"}},
                  {"id": "21", "name": "Start Progress", "to": {"id": "3", "name": "In Progress"}},
                  {"id": "31", "name": "Resolve", "to": {"id": "10001", "name": "Done"}}]}""";

        @Test
        @DisplayName("reads the transitions and POSTs the id of the one that leads to the status (21 for In Progress)")
        void moves() throws Exception {
            api.stubFor(get(urlPathEqualTo(TRANSITIONS)).willReturn(okJson(AVAILABLE)));
            api.stubFor(post(urlEqualTo(TRANSITIONS)).willReturn(noContent()));

            jira.transitionTo("OPS-42", "In Progress");

            api.verify(getRequestedFor(urlPathEqualTo(TRANSITIONS)).withHeader("Authorization", equalTo(BASIC)));
            api.verify(1, postRequestedFor(urlEqualTo(TRANSITIONS))
                    .withHeader("Authorization", equalTo(BASIC))
                    .withHeader("Content-Type", containing("application/json"))
                    .withRequestBody(equalToJson("{\"transition\": {\"id\": \"21\"}}")));
        }

        @Test
        @DisplayName("a transition POST answered 409 instead of 204 is an ApiException: the issue did not move")
        void refused() {
            api.stubFor(get(urlPathEqualTo(TRANSITIONS)).willReturn(okJson(AVAILABLE)));
            api.stubFor(post(urlEqualTo(TRANSITIONS)).willReturn(aResponse().withStatus(409)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"errorMessages\": [\"The issue was changed by another user. Try again.\"], \"errors\": {}}")));

            assertThatExceptionOfType(ApiException.class)
                    .as("transitionTo(\"OPS-42\", \"In Progress\") when Jira answers the POST with 409")
                    .isThrownBy(() -> jira.transitionTo("OPS-42", "In Progress"))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(409));
        }

        @Test
        @DisplayName("a status no transition leads to is an IllegalArgumentException, and nothing is posted")
        void unreachable() {
            api.stubFor(get(urlPathEqualTo(TRANSITIONS)).willReturn(okJson(AVAILABLE)));

            assertThatExceptionOfType(IllegalArgumentException.class)
                    .as("transitionTo(\"OPS-42\", \"Closed\") when no transition leads to Closed")
                    .isThrownBy(() -> jira.transitionTo("OPS-42", "Closed"));
            api.verify(0, postRequestedFor(urlEqualTo(TRANSITIONS)));
        }
    }
}
