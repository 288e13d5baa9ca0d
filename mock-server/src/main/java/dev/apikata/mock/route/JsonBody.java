package dev.apikata.mock.route;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON request body and rejects bad input with a clear error: 413 over 1 MiB,
 * 415 for another media type, 400 naming the line and column of a syntax error.
 */
public final class JsonBody {

    public static final int MAX_BYTES = 1024 * 1024;

    private JsonBody() {}

    public static JsonNode read(KitRequest request) {
        byte[] body = request.body();
        checkSize(body);
        String contentType = request.header("Content-Type").orElse("");
        if (!isJson(contentType)) {
            throw new ApiProblem(415, "unsupported_media_type",
                            contentType.isEmpty()
                                    ? "The body has no Content-Type; send 'Content-Type: application/json'"
                                    : "Content-Type '" + contentType + "' is not supported here; send 'application/json'")
                    .header("Accept-Post", "application/json")
                    .detail("received", contentType);
        }
        if (body.length == 0) {
            throw new ApiProblem(400, "empty_body", "The request body is empty; send a JSON object");
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ApiProblem(400, "malformed_json",
                            "The body is not valid JSON: " + e.getOriginalMessage())
                    .detail("line", at == null ? null : at.getLineNr())
                    .detail("column", at == null ? null : at.getColumnNr())
                    .detail("offset", at == null ? null : Math.max(at.getCharOffset(), at.getByteOffset()));
        } catch (java.io.IOException e) {
            throw new ApiProblem(400, "malformed_json", "The body could not be read: " + e.getMessage());
        }
    }

    /** Like {@link #read} but the body must be a JSON object. */
    public static ObjectNode readObject(KitRequest request) {
        JsonNode node = read(request);
        if (!node.isObject()) {
            throw new ApiProblem(422, "not_an_object", "The body must be a JSON object ({...}), got " + node.getNodeType().name().toLowerCase());
        }
        return (ObjectNode) node;
    }

    public static void checkSize(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new ApiProblem(413, "payload_too_large",
                            "The body is " + body.length + " bytes; the limit is " + MAX_BYTES + " bytes (1 MiB)")
                    .detail("limit", MAX_BYTES);
        }
    }

    static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase();
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }
}
