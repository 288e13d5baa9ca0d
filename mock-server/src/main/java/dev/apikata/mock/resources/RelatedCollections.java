package dev.apikata.mock.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.mock.resources.ResourceCollection.Entry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collections that refer to each other by {@code <singular>Id} fields, as json-server relates
 * them: a comment's {@code postId} names a post. {@code _embed} lists the records that refer to
 * one record, {@code _expand} follows a record's reference, and deleting a record deletes those
 * that refer to it.
 */
public final class RelatedCollections {

    /** No relations: a list with json-server's filters and paging, nothing to embed or expand. */
    public static final RelatedCollections NONE = new RelatedCollections(List.of());

    private final Map<String, ResourceCollection> byName = new LinkedHashMap<>();

    public RelatedCollections(List<ResourceCollection> collections) {
        collections.forEach(c -> byName.put(c.name(), c));
    }

    static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    /** {@code ?_embed=comments} on a post: its comments, as {@code "comments": [...]}. Unknown names embed an empty list, as json-server does. */
    void embed(ObjectNode record, String parentName, String childrenName) {
        String foreignKey = singular(parentName) + "Id";
        JsonNode id = record.path("id");
        var list = record.putArray(childrenName);
        ResourceCollection children = byName.get(childrenName);
        if (children == null || id.isMissingNode()) {
            return;
        }
        for (Entry child : children.all()) {
            JsonNode reference = child.node().path(foreignKey);
            if (!reference.isMissingNode() && JsValues.strictlyEqual(reference, id)) {
                list.add(child.node().deepCopy());
            }
        }
    }

    /** {@code ?_expand=user} on a post: the user its {@code userId} names, as {@code "user": {...}}. */
    void expand(ObjectNode record, String reference) {
        String plural = reference.endsWith("s") ? reference : reference + "s";
        ResourceCollection target = byName.get(plural);
        if (target == null) {
            return;
        }
        JsonNode key = record.path(reference + "Id");
        if (key.isMissingNode() || key.isNull()) {
            return;
        }
        Optional<Entry> found = target.find(JsValues.toJsString(key));
        found.ifPresent(entry -> record.set(reference, entry.node().deepCopy()));
    }

    /** After a delete: the records of the other collections that referred to it go too. */
    void deleteDependentsOf(ResourceCollection parent, JsonNode deletedId) {
        String foreignKey = singular(parent.name()) + "Id";
        String id = JsValues.toJsString(deletedId);
        for (ResourceCollection children : byName.values()) {
            if (children != parent) {
                children.removeIf(child -> {
                    JsonNode reference = child.path(foreignKey);
                    return !reference.isMissingNode() && JsValues.toJsString(reference).equals(id);
                });
            }
        }
    }
}
