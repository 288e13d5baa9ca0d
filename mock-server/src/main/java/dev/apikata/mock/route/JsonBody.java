package dev.apikata.mock.route;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON request body and rejects bad input with a clear error: 413 over 1 MiB,
 * 415 for another media type, 400 naming the line and column of a syntax error, of text after
 * the value, of nesting too deep, or of a number too large.
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
        validate(body);
        try {
            return Json.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new ApiProblem(400, "malformed_json", "The body could not be read: " + e.getMessage());
        }
    }

    /**
     * One pass over the tokens before the tree is built, so every error names its line and column:
     * a syntax error, nesting deeper than Jackson allows, text after the JSON value ({@code {} xyz}),
     * or a number too large for a double ({@code 1e999999}, which would be stored as Infinity).
     */
    private static void validate(byte[] body) {
        try (JsonParser parser = Json.MAPPER.createParser(body)) {
            try {
                int depth = 0;
                do {
                    JsonToken token = parser.nextToken();
                    if (token == null) {
                        throw at(parser.currentLocation(), "The body ends before the JSON value does");
                    }
                    if (token.isStructStart()) {
                        depth++;
                    } else if (token.isStructEnd()) {
                        depth--;
                    } else if (token == JsonToken.VALUE_NUMBER_FLOAT && !Double.isFinite(parser.getDoubleValue())) {
                        throw at(parser.currentTokenLocation(), "The number " + parser.getText() + " is too large: it does not fit a 64-bit floating point number")
                                .detail("pointer", parser.getParsingContext().pathAsPointer().toString());
                    }
                } while (depth > 0);
                if (parser.nextToken() != null) {
                    throw at(parser.currentTokenLocation(), "Unexpected '" + parser.getText() + "' after the end of the JSON value; send one JSON value");
                }
            } catch (JsonProcessingException e) {
                JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw at(location, "The body is not valid JSON: " + e.getOriginalMessage());
            }
        } catch (java.io.IOException e) {
            throw new ApiProblem(400, "malformed_json", "The body could not be read: " + e.getMessage());
        }
    }

    private static ApiProblem at(JsonLocation location, String message) {
        return new ApiProblem(400, "malformed_json", message)
                .detail("line", location.getLineNr())
                .detail("column", location.getColumnNr())
                .detail("offset", Math.max(location.getCharOffset(), location.getByteOffset()));
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
