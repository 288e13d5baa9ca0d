package dev.apikata.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A server of the inventory. Jackson calls this constructor with {@code null} for every field the
 * JSON leaves out, so the defaults live here: no status means {@code "unknown"}, no tags means none.
 * An owner may be missing, which {@link Optional} says in the type (it needs Jackson's Jdk8Module).
 * A server without a name is not a server: reading one fails. Given: you do not need to change
 * this record.
 */
public record Server(String name, String ip, String status, List<String> tags, Optional<String> owner) {

    public Server {
        Objects.requireNonNull(name, "a server needs a name");
        status = status == null ? "unknown" : status;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
