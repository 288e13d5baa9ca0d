package dev.apikata.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikata.course.LearnerFeedback;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Module 02, task 02.5: a JSON body and a form body, each with the Content-Type that says how to
 * read it. A media type may carry parameters ({@code ; charset=utf-8}) and is compared ignoring case.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:02.5")
@DisplayName("02.5 Body: JSON or form")
class BodyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Reboot(String server, String reason, int delaySeconds) {
    }

    /** The media type without its parameters, in lower case: "application/json; charset=UTF-8" is application/json. */
    private static String mediaType(Body body) {
        assertThat(body.contentType()).as("the Content-Type of %s", body).isNotNull();
        return body.contentType().split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    }

    @Nested
    @DisplayName("json")
    class Json {

        @Test
        @DisplayName("a record becomes a JSON object labelled application/json")
        void recordAsJson() throws Exception {
            Body body = Body.json(new Reboot("web01", "カーネル更新", 30));

            assertThat(mediaType(body)).as("the Content-Type of Body.json(...)").isEqualTo("application/json");
            assertThat(JSON.readTree(body.content())).as("the content of Body.json(new Reboot(...)), read as JSON")
                    .isEqualTo(JSON.readTree("{\"server\": \"web01\", \"reason\": \"カーネル更新\", \"delaySeconds\": 30}"));
        }

        @Test
        @DisplayName("a map keeps its types: numbers and booleans stay numbers and booleans, not strings")
        void mapAsJson() throws Exception {
            Map<String, Object> post = new LinkedHashMap<>();
            post.put("title", "My New Infra Automation");
            post.put("userId", 10);
            post.put("draft", false);
            post.put("tags", List.of("infra", "自動化"));

            JsonNode content = JSON.readTree(Body.json(post).content());

            assertThat(content).as("Body.json({title, userId=10, draft=false, tags}), read as JSON")
                    .isEqualTo(JSON.readTree("{\"title\": \"My New Infra Automation\", \"userId\": 10, \"draft\": false,"
                            + " \"tags\": [\"infra\", \"自動化\"]}"));
        }
    }

    @Nested
    @DisplayName("form")
    class Form {

        @Test
        @DisplayName("a form is labelled application/x-www-form-urlencoded")
        void labelledAsForm() {
            Body body = Body.form(Map.of("grant_type", "client_credentials"));

            assertThat(mediaType(body)).as("the Content-Type of Body.form({grant_type=client_credentials})")
                    .isEqualTo("application/x-www-form-urlencoded");
        }

        @Test
        @DisplayName("fields become name=value pairs joined with &")
        void fieldsAsPairs() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("grant_type", "client_credentials");
            fields.put("scope", "read write");

            Body body = Body.form(fields);

            assertThat(Encoded.form(body.content())).as("the content of Body.form({grant_type, scope=read write}) = \"%s\", read back",
                    body.content())
                    .isEqualTo(Map.of("grant_type", List.of("client_credentials"), "scope", List.of("read write")));
        }

        @Test
        @DisplayName("& = + % and Japanese in a field are encoded, so each field arrives whole")
        void specialCharacters() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("comment", "a=1 & b=2 + 100% 完了");
            fields.put("owner", "佐藤");

            Body body = Body.form(fields);

            assertThat(Encoded.form(body.content())).as("the content of Body.form(%s) = \"%s\", read back", fields, body.content())
                    .isEqualTo(Map.of("comment", List.of("a=1 & b=2 + 100% 完了"), "owner", List.of("佐藤")));
        }

        @Test
        @DisplayName("a form follows the query string's rules: lists repeat the name, null fields are left out")
        void sameRulesAsQuery() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("role", List.of("web", "db"));
            fields.put("note", null);

            Body body = Body.form(fields);

            assertThat(Encoded.form(body.content())).as("the content of Body.form({role=[web, db], note=null}) = \"%s\", read back",
                    body.content())
                    .isEqualTo(Map.of("role", List.of("web", "db")));
        }
    }
}
