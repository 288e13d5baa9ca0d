package dev.apikata.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikata.course.NotDoneYet;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Summarises a JSON array of log entries too large to hold in memory, one entry at a time, with
 * Jackson's streaming parser. Chapter 08, section {@code #streaming}.
 */
public final class LogStream {

    private final ObjectMapper json;

    /** @param json a mapper for responses, such as {@link ApiJson#forResponses()} */
    public LogStream(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Counts the entries of the JSON array {@code in} delivers, in all and per type, holding one
     * entry at a time whatever the length of the array: {@code in} may be the body of a response
     * read with {@code BodyHandlers.ofInputStream()}. Entries may carry fields {@link LogEntry}
     * does not declare. Closes {@code in} when it is done.
     *
     * @throws IOException when the input is not a JSON array of entries, or ends before the array
     *                     does: a partial count is never returned
     */
    public LogSummary summarize(InputStream in) throws IOException {
        throw NotDoneYet.task("08.7");
    }
}
