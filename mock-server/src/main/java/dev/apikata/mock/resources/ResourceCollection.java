package dev.apikata.mock.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.mock.route.ApiProblem;
import dev.apikata.mock.route.Json;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One stateful resource collection (posts, servers...), safe for concurrent use. Records are kept
 * with their serialised JSON, so a GET of one record writes cached bytes and does no JSON work.
 */
public final class ResourceCollection {

    /**
     * A stored record and its JSON, serialised on first use and then kept; replaced as a whole on
     * every write, never mutated. (Lazy so that start-up and reset do not serialise 1,000 records.)
     */
    public static final class Entry {
        private final ObjectNode node;
        private volatile byte[] json;

        private Entry(ObjectNode node) {
            this.node = node;
        }

        public static Entry of(ObjectNode node) {
            return new Entry(node);
        }

        public ObjectNode node() {
            return node;
        }

        public byte[] json() {
            byte[] bytes = json;
            if (bytes == null) {
                // A race only serialises twice; both results are equal.
                bytes = Json.bytes(node);
                json = bytes;
            }
            return bytes;
        }
    }

    /** Past this a create answers 507, so a runaway loop cannot exhaust the heap. */
    public static final int MAX_RECORDS = 100_000;
    private static final Pattern CANONICAL_ID = Pattern.compile("-?(0|[1-9][0-9]{0,17})");

    private final String name;
    private final String keyField;
    private final Supplier<List<ObjectNode>> seed;
    private final AtomicLong nextId = new AtomicLong();
    private volatile ConcurrentSkipListMap<Comparable<?>, Entry> entries;

    /**
     * @param keyField {@code id} for numbered records, or a natural key such as {@code name}
     *     (records then still get a numeric {@code id})
     */
    public ResourceCollection(String name, String keyField, Supplier<List<ObjectNode>> seed) {
        this.name = name;
        this.keyField = keyField;
        this.seed = seed;
        reset();
    }

    public String name() {
        return name;
    }

    public String keyField() {
        return keyField;
    }

    public synchronized void reset() {
        ConcurrentSkipListMap<Comparable<?>, Entry> fresh = new ConcurrentSkipListMap<>();
        long maxId = 0;
        for (ObjectNode node : seed.get()) {
            fresh.put(keyOf(node.get(keyField)), Entry.of(node));
            maxId = Math.max(maxId, node.path("id").asLong());
        }
        nextId.set(maxId + 1);
        entries = fresh;
    }

    public List<Entry> all() {
        return List.copyOf(entries.values());
    }

    public int size() {
        return entries.size();
    }

    public Optional<Entry> find(String key) {
        Comparable<?> parsed = parseKey(key);
        return parsed == null ? Optional.empty() : Optional.ofNullable(entries.get(parsed));
    }

    /** The id a create would get now; {@code --fake-writes} answers with it and stores nothing. */
    public long peekNextId() {
        return nextId.get();
    }

    public Entry create(ObjectNode body) {
        if (entries.size() >= MAX_RECORDS) {
            throw new ApiProblem(507, "insufficient_storage",
                    name + " holds " + MAX_RECORDS + " records, the most this practice server keeps; POST /__kit/reset to start over");
        }
        ObjectNode node = body.deepCopy();
        node.remove("id");
        ObjectNode withId = Json.object().put("id", nextId.getAndIncrement());
        withId.setAll(node);
        if (!keyField.equals("id")) {
            JsonNode key = withId.get(keyField);
            if (key == null || !key.isTextual() || key.asText().isBlank()) {
                throw new ApiProblem(422, "missing_field", "A " + singular() + " needs a '" + keyField + "' (a non-empty string)")
                        .detail("field", keyField);
            }
            Entry entry = Entry.of(withId);
            if (entries.putIfAbsent(key.asText(), entry) != null) {
                throw new ApiProblem(409, "conflict", "A " + singular() + " named '" + key.asText() + "' already exists")
                        .detail("field", keyField);
            }
            return entry;
        }
        Entry entry = Entry.of(withId);
        entries.put(withId.get("id").asLong(), entry);
        return entry;
    }

    /** PUT: the body replaces the record; its key and id stay as they were. */
    public Optional<Entry> replace(String key, ObjectNode body) {
        return update(key, current -> {
            ObjectNode next = body.deepCopy();
            return keepIdentity(current, next);
        });
    }

    /** PATCH: the body's top-level fields are merged into the record. */
    public Optional<Entry> merge(String key, ObjectNode patch) {
        return update(key, current -> {
            ObjectNode next = current.deepCopy();
            next.setAll(patch.deepCopy());
            return keepIdentity(current, next);
        });
    }

    public boolean delete(String key) {
        return remove(key).isPresent();
    }

    /** Deletes the record and returns it. */
    public Optional<Entry> remove(String key) {
        Comparable<?> parsed = parseKey(key);
        return parsed == null ? Optional.empty() : Optional.ofNullable(entries.remove(parsed));
    }

    /** Deletes every record that matches. */
    public void removeIf(java.util.function.Predicate<ObjectNode> condition) {
        entries.values().removeIf(entry -> condition.test(entry.node()));
    }

    private Optional<Entry> update(String key, java.util.function.UnaryOperator<ObjectNode> change) {
        Comparable<?> parsed = parseKey(key);
        if (parsed == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(entries.computeIfPresent(parsed, (k, current) -> Entry.of(change.apply(current.node()))));
    }

    private ObjectNode keepIdentity(ObjectNode current, ObjectNode next) {
        ObjectNode ordered = Json.object();
        ordered.set("id", current.get("id"));
        if (!keyField.equals("id")) {
            ordered.set(keyField, current.get(keyField));
        }
        next.remove("id");
        next.remove(keyField);
        ordered.setAll(next);
        return ordered;
    }

    private Comparable<?> keyOf(JsonNode key) {
        return keyField.equals("id") ? (Comparable<?>) key.asLong() : key.asText();
    }

    /** A numeric id as json-server compares it, as text: {@code 1} is a key, {@code 01} and {@code +1} are not. */
    private Comparable<?> parseKey(String key) {
        if (!keyField.equals("id")) {
            return key;
        }
        return CANONICAL_ID.matcher(key).matches() ? (Comparable<?>) Long.parseLong(key) : null;
    }

    private String singular() {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
