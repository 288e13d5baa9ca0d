package dev.apikata.http.methods;

/**
 * A post as the API returns it. {@code id} is {@code null} until the server has assigned one.
 * Given: you do not need to change this record.
 */
public record Post(Long id, long userId, String title, String body) {
}
