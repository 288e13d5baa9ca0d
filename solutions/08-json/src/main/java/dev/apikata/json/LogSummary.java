package dev.apikata.json;

import java.util.Map;

/**
 * How many log entries there were, in all and per {@code type}. Given: you do not need to change
 * this record.
 */
public record LogSummary(long entries, Map<String, Long> byType) {

    public LogSummary {
        byType = Map.copyOf(byType);
    }
}
