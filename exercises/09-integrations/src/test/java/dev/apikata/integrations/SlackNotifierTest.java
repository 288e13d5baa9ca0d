package dev.apikata.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Module 09, task 09.1: a Slack incoming webhook. The answers are shaped as Slack documents them
 * (api.slack.com, "Sending messages using incoming webhooks" and its error table): 200 with the
 * plain-text body {@code ok}, 4xx and 5xx with a plain-text error string, 429 with Retry-After.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:09.1")
@DisplayName("09.1 SlackNotifier: post to an incoming webhook")
class SlackNotifierTest {

    /** A webhook URL of the real shape; its secret parts are made up. */
    private static final String HOOK = "/services/T0DEV0000/B0DEV0000/devOnlyNotASecret0000";

    private static final SlackMessage ALERT = new SlackMessage("web01 is down",
            List.of("*web01* is down since 10:02", "Runbook: <https://wiki.example.test/web|restart web>"));
    private static final String ALERT_JSON = """
            {"text": "web01 is down",
             "blocks": [
               {"type": "section", "text": {"type": "mrkdwn", "text": "*web01* is down since 10:02"}},
               {"type": "section", "text": {"type": "mrkdwn", "text": "Runbook: <https://wiki.example.test/web|restart web>"}}]}""";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private SlackNotifier slack;

    @BeforeEach
    void newNotifier() {
        slack = new SlackNotifier(URI.create(api.url(HOOK)), sleeper, 3);
    }

    private static ResponseDefinitionBuilder slackAnswers(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/plain; charset=utf-8").withBody(body);
    }

    @Test
    @DisplayName("posts text and one section block per section as JSON; 200 ok returns normally")
    void postsTextAndBlocks() throws Exception {
        api.stubFor(post(urlEqualTo(HOOK)).willReturn(slackAnswers(200, "ok")));

        slack.post(ALERT);

        api.verify(1, postRequestedFor(urlEqualTo(HOOK))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson(ALERT_JSON)));
        assertThat(sleeper.waits()).as("waits after a 200").isEmpty();
    }

    @Test
    @DisplayName("a message without sections still carries its text")
    void textOnly() throws Exception {
        api.stubFor(post(urlEqualTo(HOOK)).willReturn(slackAnswers(200, "ok")));

        slack.post(SlackMessage.text("backup finished: 42 GB"));

        api.verify(1, postRequestedFor(urlEqualTo(HOOK))
                .withRequestBody(matchingJsonPath("$.text", equalTo("backup finished: 42 GB"))));
    }

    @ParameterizedTest(name = "{0} {1} is a SlackWebhookException at once, without another attempt")
    @CsvSource({
        "400, invalid_payload",
        "400, no_text",
        "403, action_prohibited",
        "404, channel_not_found",
        "410, channel_is_archived",
        "500, rollup_error",
    })
    @DisplayName("an error answer is a SlackWebhookException with Slack's error string, not retried")
    void errorsAreNotRetried(int status, String error) {
        api.stubFor(post(urlEqualTo(HOOK)).willReturn(slackAnswers(status, error)));

        assertThatExceptionOfType(SlackWebhookException.class)
                .as("post() when Slack answers %d %s", status, error)
                .isThrownBy(() -> slack.post(ALERT))
                .satisfies(e -> {
                    assertThat(e.statusCode()).as("statusCode()").isEqualTo(status);
                    assertThat(e.error()).as("error()").isEqualTo(error);
                });
        api.verify(1, postRequestedFor(urlEqualTo(HOOK)));
        assertThat(sleeper.waits()).as("waits after %d %s", status, error).isEmpty();
    }

    @Test
    @DisplayName("a connection reset after the message went out is an IOException for the caller, and the message is not sent again")
    void resetIsNotRetried() {
        api.stubFor(post(urlEqualTo(HOOK)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Throwable thrown = catchThrowable(() -> slack.post(ALERT));

        assertThat(thrown).as("post() when the connection is reset: it should fail, not return").isNotNull();
        assertThat(thrown).as("post() when the connection is reset: an IOException, or an exception caused by one")
                .satisfiesAnyOf(
                        failure -> assertThat(failure).isInstanceOf(IOException.class),
                        failure -> assertThat(failure).hasRootCauseInstanceOf(IOException.class));
        api.verify(1, postRequestedFor(urlEqualTo(HOOK)));
        assertThat(sleeper.waits()).as("waits after a reset connection").isEmpty();
    }

    @Test
    @DisplayName("429 with Retry-After: 7 waits exactly 7 seconds, then the message is posted")
    void rateLimitedThenPosted() throws Exception {
        api.stubFor(post(urlEqualTo(HOOK)).inScenario("limit").whenScenarioStateIs(STARTED)
                .willReturn(slackAnswers(429, "rate_limited").withHeader("Retry-After", "7"))
                .willSetStateTo("free"));
        api.stubFor(post(urlEqualTo(HOOK)).inScenario("limit").whenScenarioStateIs("free")
                .willReturn(slackAnswers(200, "ok")));

        slack.post(ALERT);

        assertThat(sleeper.waits()).as("waits before the second attempt").containsExactly(Duration.ofSeconds(7));
        api.verify(2, postRequestedFor(urlEqualTo(HOOK)).withRequestBody(equalToJson(ALERT_JSON)));
    }

    @Test
    @DisplayName("429 without Retry-After waits one second (Slack's pace) before the next attempt")
    void rateLimitedWithoutRetryAfter() throws Exception {
        api.stubFor(post(urlEqualTo(HOOK)).inScenario("limit").whenScenarioStateIs(STARTED)
                .willReturn(slackAnswers(429, "rate_limited")).willSetStateTo("free"));
        api.stubFor(post(urlEqualTo(HOOK)).inScenario("limit").whenScenarioStateIs("free")
                .willReturn(slackAnswers(200, "ok")));

        slack.post(ALERT);

        assertThat(sleeper.waits()).as("waits before the second attempt").containsExactly(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("429 on every attempt: three attempts, two waits, then a SlackWebhookException with 429")
    void rateLimitedEveryTime() {
        api.stubFor(post(urlEqualTo(HOOK)).willReturn(slackAnswers(429, "rate_limited").withHeader("Retry-After", "30")));

        assertThatExceptionOfType(SlackWebhookException.class)
                .as("post() when every attempt answers 429")
                .isThrownBy(() -> slack.post(ALERT))
                .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(429));
        api.verify(3, postRequestedFor(urlEqualTo(HOOK)));
        assertThat(sleeper.waits()).as("waits between three attempts")
                .containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
    }
}
