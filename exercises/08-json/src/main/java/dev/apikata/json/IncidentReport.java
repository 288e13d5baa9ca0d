package dev.apikata.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a monitoring job sends to the incident API. {@code assignee} is {@code null} until someone
 * takes the incident. Given: you do not need to change this record.
 */
public record IncidentReport(String serverName, Instant detectedAt, LocalDate reportDate, String summary,
        String assignee, int affectedUsers, boolean resolved, List<String> tags) {
}
