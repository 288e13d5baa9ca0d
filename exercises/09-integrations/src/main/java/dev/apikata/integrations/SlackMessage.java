package dev.apikata.integrations;

import java.util.List;

/**
 * A message for a Slack incoming webhook: {@code text} is what notifications and screen readers
 * show; each of {@code sections} becomes one {@code section} block with {@code mrkdwn} text.
 */
public record SlackMessage(String text, List<String> sections) {

    public SlackMessage {
        sections = List.copyOf(sections);
    }

    public static SlackMessage text(String text) {
        return new SlackMessage(text, List.of());
    }
}
