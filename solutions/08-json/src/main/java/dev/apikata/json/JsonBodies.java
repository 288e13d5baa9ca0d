package dev.apikata.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * Reads response bodies as JSON, after making sure they are JSON. Chapter 08, section
 * {@code #not-json}.
 */
public final class JsonBodies {

    /** How much of a body an error keeps: enough to recognise the page, not the whole page. */
    public static final int BODY_START = 200;

    private final ObjectMapper json;

    /** @param json a mapper for responses, such as {@link ApiJson#forResponses()} */
    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The body of {@code response} as a {@code type}. The Content-Type must be JSON:
     * {@code application/json} or a {@code +json} type such as {@code application/problem+json},
     * with any parameters ({@code ; charset=utf-8}) and in any case. Whatever the status, this
     * method reads only the body; deciding what a status means is the caller's job.
     *
     * @throws UnexpectedBodyException when the Content-Type is missing or not JSON (then the body is
     *                                 not parsed at all), or when the body is not a valid
     *                                 {@code type}; it carries the first {@value #BODY_START}
     *                                 characters of the body
     */
    public <T> T read(HttpResponse<String> response, Class<T> type) throws UnexpectedBodyException {
        String body = response.body();
        String start = body.substring(0, Math.min(body.length(), BODY_START));
        String mediaType = response.headers().firstValue("Content-Type")
                .map(value -> value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .orElse("");
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw new UnexpectedBodyException("not JSON", response, start, null);
        }
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new UnexpectedBodyException("not a valid " + type.getSimpleName(), response, start, e);
        }
    }
}
