package dev.apikata.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The module's two ObjectMappers, one for reading responses and one for writing requests. Create
 * each once and share it: an ObjectMapper is thread-safe, and expensive to build. Chapter 08:
 * chapters/ja/08-json.md or chapters/en/08-json.md.
 */
public final class ApiJson {

    private ApiJson() {
    }

    /**
     * A mapper for reading API responses into records: it ignores fields a record does not declare
     * (the API may add fields at any time), reads {@code Optional} components (missing or
     * {@code null} is {@code Optional.empty()}) and ISO-8601 {@code Instant} and {@code LocalDate}
     * values, and refuses a missing or {@code null} value for a primitive component rather than
     * inventing a 0. Chapter section {@code #records}.
     */
    public static ObjectMapper forResponses() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .build();
    }

    /**
     * A mapper for writing request bodies: snake_case names ({@code serverName} is written
     * {@code server_name}), {@code Instant} and {@code LocalDate} as ISO-8601 text, {@code null}
     * fields left out (but 0, false and empty lists kept), and Japanese written as it is, in UTF-8,
     * not as backslash-u escapes. It reads what it writes. Chapter section {@code #writing-json}.
     */
    public static ObjectMapper forRequests() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
