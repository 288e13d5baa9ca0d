package dev.apikata.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikata.course.NotDoneYet;
import java.util.Map;

/**
 * A request body and the {@code Content-Type} that says how to read it. Chapter 02, section
 * {@code #json-or-form}. Given: the record itself; you write the two factory methods.
 *
 * @param contentType the media type of {@code content}, for the {@code Content-Type} header
 * @param content     the body as text; {@link ApiClient} sends it as UTF-8
 */
public record Body(String contentType, String content) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code value} as JSON, like Python's {@code requests.post(url, json=value)}. */
    public static Body json(Object value) throws JsonProcessingException {
        throw NotDoneYet.task("02.5");
    }

    /**
     * {@code fields} as an HTML form, like Python's {@code requests.post(url, data=fields)}: encoded
     * exactly as a query string, with the same rules ({@link Uris#query(Map)}).
     */
    public static Body form(Map<String, ?> fields) {
        throw NotDoneYet.task("02.5");
    }
}
