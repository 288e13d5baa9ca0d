package dev.apikata.http.status;

/** A server as the API returns it. Given: you do not need to change this record. */
public record Server(String name, String role, String ip, String status, int cpu) {
}
