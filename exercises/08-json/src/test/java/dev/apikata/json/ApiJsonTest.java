package dev.apikata.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikata.course.LearnerFeedback;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Module 08, tasks 08.1 and 08.6: the mapper that reads responses and the one that writes requests. */
@ExtendWith(LearnerFeedback.class)
@DisplayName("ApiJson")
class ApiJsonTest {

    @Nested
    @Tag("task:08.1")
    @DisplayName("08.1 forResponses: reading responses into records")
    class ForResponses {

        private final ObjectMapper json = ApiJson.forResponses();

        @Test
        @DisplayName("fields the record does not declare (address, phone, company...) are ignored")
        void unknownFieldsIgnored() throws Exception {
            assertThat(json.readValue(TestJson.USER_1, User.class))
                    .as("a JSONPlaceholder user read as User(id, name, username, email)")
                    .isEqualTo(new User(1, "Leanne Graham", "Bret", "Sincere@april.biz"));
        }

        @Test
        @DisplayName("an Optional component is empty when the field is missing or null, and holds the value when it is there")
        void optionalComponents() throws Exception {
            Server missing = json.readValue("{\"name\": \"web01\"}", Server.class);
            Server nullOwner = json.readValue("{\"name\": \"web02\", \"owner\": null}", Server.class);
            Server owned = json.readValue("{\"name\": \"db01\", \"owner\": \"sato\"}", Server.class);

            assertThat(missing.owner()).as("owner() of {\"name\": \"web01\"}").isEqualTo(Optional.empty());
            assertThat(nullOwner.owner()).as("owner() of {\"name\": \"web02\", \"owner\": null}").isEqualTo(Optional.empty());
            assertThat(owned.owner()).as("owner() of {\"name\": \"db01\", \"owner\": \"sato\"}").contains("sato");
        }

        @Test
        @DisplayName("ISO-8601 texts become an Instant and a LocalDate; an offset such as +09:00 is taken into account")
        void javaTime() throws Exception {
            LogEntry utc = json.readValue("""
                    {"id": 7, "date": "2023-01-01", "timestamp": "2023-01-01T12:45:47Z", "type": "error",
                     "host": "db01", "message": "TLS handshake failed"}""", LogEntry.class);
            LogEntry tokyo = json.readValue("""
                    {"id": 8, "date": "2023-01-01", "timestamp": "2023-01-01T21:45:47+09:00", "type": "error",
                     "host": "db01", "message": "TLS handshake failed"}""", LogEntry.class);

            assertThat(utc).as("a log entry with timestamp 2023-01-01T12:45:47Z")
                    .isEqualTo(new LogEntry(7, Instant.parse("2023-01-01T12:45:47Z"), LocalDate.of(2023, 1, 1), "error",
                            "db01", "TLS handshake failed"));
            assertThat(tokyo.timestamp()).as("the instant of 2023-01-01T21:45:47+09:00")
                    .isEqualTo(Instant.parse("2023-01-01T12:45:47Z"));
        }

        @Test
        @DisplayName("a missing or null id is an error, not a made-up 0")
        void missingPrimitiveFails() {
            // Every other component is there, so only the id can be what is refused.
            String others = "\"name\": \"Leanne Graham\", \"username\": \"Bret\", \"email\": \"Sincere@april.biz\"";
            for (String body : List.of("{" + others + "}", "{\"id\": null, " + others + "}")) {
                Throwable thrown = catchThrowable(() -> json.readValue(body, User.class));

                assertThat(thrown).as("reading %s as a User: an IOException (Jackson's), not a User with id 0", body)
                        .isInstanceOf(IOException.class);
            }
        }

        @Test
        @DisplayName("a value of the wrong type is still an error: ignoring unknown fields is not ignoring everything")
        void wrongTypeFails() {
            Throwable thrown = catchThrowable(() -> json.readValue("{\"id\": \"one\", \"name\": \"Leanne Graham\"}", User.class));

            assertThat(thrown).as("reading {\"id\": \"one\"} as a User").isInstanceOf(IOException.class);
        }
    }

    @Nested
    @Tag("task:08.6")
    @DisplayName("08.6 forRequests: writing request bodies")
    class ForRequests {

        private static final IncidentReport REPORT = new IncidentReport("web01", Instant.parse("2024-03-01T02:15:00Z"),
                LocalDate.of(2024, 3, 1), "ディスク使用率が 95% を超えました", null, 0, false, List.of());

        private final ObjectMapper json = ApiJson.forRequests();

        private JsonNode written(IncidentReport report) throws Exception {
            return TestJson.RESPONSES.readTree(json.writeValueAsString(report));
        }

        @Test
        @DisplayName("names are snake_case: server_name, detected_at, report_date, affected_users")
        void snakeCase() throws Exception {
            assertThat(written(REPORT).properties()).extracting(java.util.Map.Entry::getKey)
                    .as("the names written for an IncidentReport")
                    .containsExactlyInAnyOrder("server_name", "detected_at", "report_date", "summary", "affected_users",
                            "resolved", "tags");
        }

        @Test
        @DisplayName("an Instant and a LocalDate are written as ISO-8601 text, not as numbers or arrays")
        void isoDates() throws Exception {
            JsonNode written = written(REPORT);

            assertThat(written.path("detected_at").isTextual()).as("detected_at is text, in %s", written).isTrue();
            assertThat(Instant.parse(written.path("detected_at").asText())).as("detected_at, read back")
                    .isEqualTo(Instant.parse("2024-03-01T02:15:00Z"));
            assertThat(written.path("report_date").asText()).as("report_date, in %s", written).isEqualTo("2024-03-01");
        }

        @Test
        @DisplayName("a null field is left out, not written as null")
        void nullsLeftOut() throws Exception {
            JsonNode written = written(REPORT);

            assertThat(written.has("assignee")).as("whether %s has the null assignee", written).isFalse();
        }

        @Test
        @DisplayName("0, false and an empty list are written: they say something")
        void emptyValuesWritten() throws Exception {
            JsonNode written = written(REPORT);

            assertThat(written.path("affected_users").isInt() && written.path("affected_users").intValue() == 0)
                    .as("affected_users is 0 in %s", written).isTrue();
            assertThat(written.path("resolved").isBoolean() && !written.path("resolved").booleanValue())
                    .as("resolved is false in %s", written).isTrue();
            assertThat(written.path("tags").isArray() && written.path("tags").isEmpty())
                    .as("tags is [] in %s", written).isTrue();
        }

        @Test
        @DisplayName("Japanese is written as it is, in UTF-8, not as \\u escapes (ensure_ascii=False)")
        void japaneseAsUtf8() throws Exception {
            String text = json.writeValueAsString(REPORT);
            byte[] bytes = json.writeValueAsBytes(REPORT);

            assertThat(text).as("the JSON text").contains("\"ディスク使用率が 95% を超えました\"").doesNotContain("\\u");
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as("the JSON bytes, read as UTF-8").isEqualTo(text);
        }

        @Test
        @DisplayName("it reads back what it writes: the same report, assignee and all")
        void roundTrip() throws Exception {
            IncidentReport taken = new IncidentReport("db01", Instant.parse("2024-03-02T23:59:59.250Z"), LocalDate.of(2024, 3, 3),
                    "レプリケーション遅延", "佐藤", 1200, true, List.of("database", "tokyo-1"));

            assertThat(json.readValue(json.writeValueAsString(taken), IncidentReport.class))
                    .as("a report written and read back with forRequests()").isEqualTo(taken);
        }
    }
}
