package dev.apikata.json;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of {@code /logs}: {@code timestamp} is an ISO-8601 instant ({@code 2023-01-01T12:45:47Z}),
 * {@code date} an ISO-8601 date ({@code 2023-01-01}); reading them needs Jackson's JavaTimeModule.
 * Given: you do not need to change this record.
 */
public record LogEntry(long id, Instant timestamp, LocalDate date, String type, String host, String message) {
}
