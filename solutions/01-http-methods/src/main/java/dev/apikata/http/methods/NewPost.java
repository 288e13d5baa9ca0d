package dev.apikata.http.methods;

/**
 * What a client sends to create a post: everything but the id, which the server assigns.
 * Given: you do not need to change this record.
 */
public record NewPost(long userId, String title, String body) {
}
