package dev.apikata.json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikata.course.NotDoneYet;
import java.io.IOException;
import java.util.List;

/** Reads the server inventory, {@code GET /servers}. Chapter 08, section {@code #list-of-records}. */
public final class ServerInventory {

    private final ObjectMapper json;

    /** @param json a mapper for responses, such as {@link ApiJson#forResponses()} */
    public ServerInventory(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The servers of a JSON array, in order, with the defaults of {@link Server} for missing fields.
     *
     * @throws IOException when the body is not a JSON array of servers (one server alone, a server
     *                     without a name): never a partial or made-up list
     */
    public List<Server> servers(String body) throws IOException {
        throw NotDoneYet.task("08.2");
    }
}
