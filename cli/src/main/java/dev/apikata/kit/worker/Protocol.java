package dev.apikata.kit.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** How commands and messages travel between the kit and a worker: one JSON object per line. */
final class Protocol {

    /** Starts every message line, so that a learner's print to the real standard output is told apart. */
    static final String PREFIX = "@apikata-worker ";

    /** A line longer than this is not a message (a message carries at most the capped test output). */
    static final int MAX_LINE = 4 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Protocol() {
    }

    static String encode(WorkerMessage message) {
        return PREFIX + write(message);
    }

    static String encode(WorkerCommand command) {
        return write(command);
    }

    /** The message on a worker's output line; empty for anything else (a stray print, a JVM warning). */
    static Optional<WorkerMessage> message(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(line.substring(PREFIX.length()), WorkerMessage.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    static WorkerCommand command(String line) throws JsonProcessingException {
        return JSON.readValue(line, WorkerCommand.class);
    }

    private static String write(Object value) {
        try {
            // Jackson escapes line breaks inside strings, so one value is always one line.
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }
}
