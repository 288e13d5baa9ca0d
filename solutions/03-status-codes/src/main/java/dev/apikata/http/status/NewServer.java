package dev.apikata.http.status;

/** What a client sends to register a server. Given: you do not need to change this record. */
public record NewServer(String name, String role, int cpu) {
}
