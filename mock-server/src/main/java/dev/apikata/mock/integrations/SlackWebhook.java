package dev.apikata.mock.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Slack incoming webhook look-alike: {@code POST /services/T.../B.../secret} answers plain text
 * {@code ok}, {@code invalid_payload}, {@code no_text}, {@code invalid_token} or 429
 * {@code rate_limited} with {@code Retry-After}, as Slack does. The secret {@code rate-limited}
 * refuses every other message with 429, so a client that waits and sends again gets it through the
 * second time. Accepted messages are listed at {@code /__kit/slack/messages}.
 */
final class SlackWebhook {

    static final String RATE_LIMITED_SECRET = "rate-limited";
    static final String INVALID_SECRET = "invalid";
    private static final int KEPT_MESSAGES = 100;
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String TEXT_MEDIA = "text/plain";

    private final Deque<JsonNode> messages = new ArrayDeque<>();
    /** The rate-limited webhooks whose last answer was 429: the next message gets through. */
    private final Set<String> justLimited = ConcurrentHashMap.newKeySet();

    List<Route> routes() {
        return List.of(
                Route.post("/services/{team}/{channel}/{secret}", "Slack incoming webhook (secret 'invalid' gives 403, 'rate-limited' gives 429 to every other message)", this::receive)
                        .statuses(200, 400, 403, 429)
                        .returns(200, TEXT_MEDIA, "Text").returns(400, TEXT_MEDIA, "Text").returns(403, TEXT_MEDIA, "Text").returns(429, TEXT_MEDIA, "Text")
                        .example("/services/T000DEV/B000DEV/dev-only-webhook")
                        .jsonBody("{\"text\":\"web01: disk usage above 90%\"}"),
                Route.get("/__kit/slack/messages", "The messages the Slack look-alike accepted, newest first", r -> Reply.ok(list()))
                        .statuses(200, 400).returns(200, "SlackMessages"));
    }

    private ResponseDefinition receive(KitRequest request) {
        String secret = request.pathParam("secret");
        if (secret.equals(INVALID_SECRET)) {
            return Reply.status(403).text(TEXT, "invalid_token");
        }
        if (secret.equals(RATE_LIMITED_SECRET) && justLimited.add(request.path())) {
            return Reply.status(429).header("Retry-After", 1).text(TEXT, "rate_limited");
        }
        justLimited.remove(request.path());
        JsonNode payload = parse(request);
        if (payload == null || !payload.isObject()) {
            return Reply.status(400).text(TEXT, "invalid_payload");
        }
        boolean hasText = payload.path("text").isTextual() && !payload.path("text").asText().isBlank();
        boolean hasBlocks = payload.path("blocks").isArray() && !payload.path("blocks").isEmpty();
        if (!hasText && !hasBlocks) {
            return Reply.status(400).text(TEXT, "no_text");
        }
        synchronized (messages) {
            messages.addFirst(payload);
            if (messages.size() > KEPT_MESSAGES) {
                messages.removeLast();
            }
        }
        return Reply.status(200).text(TEXT, "ok");
    }

    /** Slack takes a JSON body, or a form field {@code payload} holding JSON. */
    private static JsonNode parse(KitRequest request) {
        String contentType = request.header("Content-Type").orElse("");
        String json = contentType.startsWith("application/x-www-form-urlencoded")
                ? request.formFields().getOrDefault("payload", List.of("")).get(0)
                : request.bodyText();
        try {
            return json.isBlank() ? null : Json.MAPPER.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    private ArrayNode list() {
        synchronized (messages) {
            ArrayNode list = Json.array();
            messages.forEach(list::add);
            return list;
        }
    }

    void reset() {
        justLimited.clear();
        synchronized (messages) {
            messages.clear();
        }
    }
}
