package dev.apikata.integrations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.integrations.given.RetryAfter;
import dev.apikata.integrations.given.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/**
 * Posts messages to a Slack incoming webhook. Chapter 09, section "Slack の Incoming Webhook" /
 * "Slack incoming webhooks".
 */
public final class SlackNotifier {

    /** The wait when a 429 carries no usable Retry-After: Slack allows about one message a second. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);

    private final URI webhookUrl;
    private final Sleeper sleeper;
    private final int maxAttempts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param webhookUrl  the secret URL Slack generated, for example
     *                    {@code https://hooks.slack.com/services/T000/B000/XXXX} (keep it out of the code)
     * @param sleeper     how to wait before another attempt after a 429
     * @param maxAttempts how many times to send a message that keeps being rate limited, at least 1
     */
    public SlackNotifier(URI webhookUrl, Sleeper sleeper, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        this.webhookUrl = webhookUrl;
        this.sleeper = sleeper;
        this.maxAttempts = maxAttempts;
    }

    /**
     * Posts {@code message} as JSON: {@code {"text": ..., "blocks": [{"type": "section", "text":
     * {"type": "mrkdwn", "text": ...}}, ...]}} (no {@code blocks} when there are no sections).
     *
     * <p>Slack answers {@code 200} with the body {@code ok}. A {@code 429 Too Many Requests} means the
     * message was not posted: wait {@code Retry-After} seconds ({@link #DEFAULT_WAIT} without one) and
     * send it again, up to {@code maxAttempts} in all. Every other status throws at once, without
     * another attempt: a 4xx will not get better, and after a 5xx the message may have been posted.
     *
     * @throws SlackWebhookException for any answer but 200, with Slack's error string, or for the
     *                               last 429 when every attempt was rate limited
     */
    public void post(SlackMessage message) throws IOException, InterruptedException {
        String payload = json.writeValueAsString(payload(message));
        HttpRequest request = HttpRequest.newBuilder(webhookUrl)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(payload))
                .build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = http.send(request, BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return;
            }
            // Only a 429 says for sure that nothing was posted; anything else is not worth repeating.
            if (response.statusCode() != 429 || attempt == maxAttempts) {
                throw new SlackWebhookException(response.statusCode(), response.body().trim());
            }
            sleeper.sleep(RetryAfter.seconds(response.headers()).orElse(DEFAULT_WAIT));
        }
    }

    private ObjectNode payload(SlackMessage message) {
        ObjectNode payload = json.createObjectNode().put("text", message.text());
        if (!message.sections().isEmpty()) {
            ArrayNode blocks = payload.putArray("blocks");
            for (String section : message.sections()) {
                ObjectNode block = blocks.addObject().put("type", "section");
                block.putObject("text").put("type", "mrkdwn").put("text", section);
            }
        }
        return payload;
    }
}
