package dev.apikata.json;

/**
 * A user as {@code /users/{id}} returns it, reduced to the fields this code uses: the API sends more
 * (address, phone, company...), and a reader that ignores unknown fields lets it.
 * Given: you do not need to change this record.
 */
public record User(long id, String name, String username, String email) {
}
