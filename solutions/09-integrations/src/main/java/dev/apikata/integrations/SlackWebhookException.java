package dev.apikata.integrations;

/**
 * Slack refused a webhook message. {@code error} is the plain-text body Slack answered with
 * ({@code invalid_payload}, {@code no_text}, {@code channel_not_found}, {@code channel_is_archived},
 * {@code action_prohibited}, {@code rollup_error}...).
 */
public class SlackWebhookException extends RuntimeException {

    private final int statusCode;
    private final String error;

    public SlackWebhookException(int statusCode, String error) {
        super("Slack webhook answered " + statusCode + ": " + error);
        this.statusCode = statusCode;
        this.error = error;
    }

    public int statusCode() {
        return statusCode;
    }

    public String error() {
        return error;
    }
}
