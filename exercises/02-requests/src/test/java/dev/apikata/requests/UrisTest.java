package dev.apikata.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Module 02, tasks 02.1 to 02.3: URIs built from a base URL, path segments and query parameters.
 * Encoded text is read back the way a server reads it ({@link Encoded}), so every correct encoding
 * passes and only what a server would misread fails.
 */
@ExtendWith(LearnerFeedback.class)
@DisplayName("Uris")
class UrisTest {

    @Nested
    @Tag("task:02.1")
    @DisplayName("02.1 join: a base URL and a path")
    class Join {

        @ParameterizedTest(name = "\"{0}\" + \"{1}\" is {2}")
        @CsvSource({
            "http://api.example.test/api/v2/, /servers,  http://api.example.test/api/v2/servers",
            "http://api.example.test/api/v2/, servers,   http://api.example.test/api/v2/servers",
            "http://api.example.test/api/v2,  /servers,  http://api.example.test/api/v2/servers",
            "http://api.example.test/api/v2,  servers,   http://api.example.test/api/v2/servers",
        })
        void oneSlashWhateverTheEnds(String base, String path, String expected) {
            assertThat(Uris.join(URI.create(base), path))
                    .as("join(%s, \"%s\"): exactly one slash between them, and the prefix /api/v2 kept", base, path)
                    .hasToString(expected);
        }

        @ParameterizedTest(name = "a base URL without a path: \"{0}\" + \"{1}\" is {2}")
        @CsvSource({
            "http://127.0.0.1:8080,  /posts/1,  http://127.0.0.1:8080/posts/1",
            "http://127.0.0.1:8080/, posts/1,   http://127.0.0.1:8080/posts/1",
        })
        void baseWithoutPath(String base, String path, String expected) {
            assertThat(Uris.join(URI.create(base), path)).as("join(%s, \"%s\")", base, path).hasToString(expected);
        }

        @Test
        @DisplayName("the path keeps all of its segments, its query and a colon (no URI.resolve surprises)")
        void pathKeptAsGiven() {
            URI base = URI.create("http://api.example.test/api/v2/servers");

            assertThat(Uris.join(base, "web01:reboot"))
                    .as("join(%s, \"web01:reboot\"): a colon in the first segment is not a URI scheme", base)
                    .hasToString("http://api.example.test/api/v2/servers/web01:reboot");
            assertThat(Uris.join(base, "web01/disks?type=ssd"))
                    .as("join(%s, \"web01/disks?type=ssd\")", base)
                    .hasToString("http://api.example.test/api/v2/servers/web01/disks?type=ssd");
        }
    }

    @Nested
    @Tag("task:02.2")
    @DisplayName("02.2 path: encoded path segments")
    class PathSegments {

        private static final URI BASE = URI.create("http://api.example.test/api/v2/");

        /** The segments of {@code uri}'s path after /api/v2/, decoded as a server decodes them. */
        private List<String> segmentsAfterPrefix(URI uri) {
            String rawPath = URI.create(uri.toASCIIString()).getRawPath();
            assertThat(rawPath).as("the path of %s", uri).startsWith("/api/v2/");
            List<String> decoded = new ArrayList<>();
            for (String raw : rawPath.substring("/api/v2/".length()).split("/", -1)) {
                decoded.add(Encoded.segment(raw));
            }
            return decoded;
        }

        @ParameterizedTest(name = "a server named \"{0}\" stays one segment")
        @CsvSource(delimiter = '|', value = {
            "web 01",
            "ウェブ01",
            "feature/login",
            "50%-full",
            "what?#1",
            "c++ & co=1",
        })
        void oneSegmentEach(String name) {
            URI uri = Uris.path(BASE, "servers", name, "disks");

            assertThat(segmentsAfterPrefix(uri))
                    .as("the segments of path(%s, \"servers\", \"%s\", \"disks\") = %s, read back as a server reads them",
                            BASE, name, uri.toASCIIString())
                    .containsExactly("servers", name, "disks");
        }

        @Test
        @DisplayName("a space in a path is %20, not +: a path reads + as a plus sign")
        void spaceIsPercent20() {
            assertThat(Uris.path(BASE, "servers", "web 01").toASCIIString())
                    .as("path(%s, \"servers\", \"web 01\")", BASE)
                    .isEqualTo("http://api.example.test/api/v2/servers/web%2001");
        }

        @Test
        @DisplayName("Japanese is percent-encoded as UTF-8")
        void japaneseAsUtf8() {
            assertThat(Uris.path(BASE, "servers", "ウェブ01").toASCIIString())
                    .as("path(%s, \"servers\", \"ウェブ01\")", BASE)
                    .isEqualToIgnoringCase("http://api.example.test/api/v2/servers/%E3%82%A6%E3%82%A7%E3%83%9601");
        }

        @Test
        @DisplayName("a base URL without a trailing slash keeps its prefix too")
        void baseWithoutTrailingSlash() {
            URI base = URI.create("http://api.example.test/api/v2");

            assertThat(Uris.path(base, "users", "123", "profile"))
                    .as("path(%s, \"users\", \"123\", \"profile\")", base)
                    .hasToString("http://api.example.test/api/v2/users/123/profile");
        }
    }

    @Nested
    @Tag("task:02.3")
    @DisplayName("02.3 query: a query string from a map")
    class Query {

        private static Map<String, List<String>> decoded(Map<String, ?> parameters) {
            return Encoded.form(Uris.query(parameters));
        }

        @Test
        @DisplayName("the Python version's /logs?type=error&date=2023-01-01, in the map's order")
        void logsExample() {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("type", "error");
            parameters.put("date", "2023-01-01");

            assertThat(Uris.query(parameters)).as("query({type=error, date=2023-01-01})")
                    .isEqualTo("type=error&date=2023-01-01");
        }

        @Test
        @DisplayName("numbers become their digits: params={'userId': 1, 'id': 2}")
        void numbers() {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("userId", 1);
            parameters.put("id", 2);

            assertThat(decoded(parameters)).as("query({userId=1, id=2}) = \"%s\", read back", Uris.query(parameters))
                    .isEqualTo(Map.of("userId", List.of("1"), "id", List.of("2")));
        }

        @ParameterizedTest(name = "the value \"{0}\" arrives unchanged")
        @CsvSource(delimiter = '|', value = {
            "disk full & 100% used",
            "a=b",
            "C++ + C#",
            "東京 リージョン",
            "50%",
            "~/.ssh/id_ed25519",
        })
        void valuesEncoded(String value) {
            Map<String, Object> parameters = Map.of("q", value);

            assertThat(decoded(parameters)).as("query({q=%s}) = \"%s\", read back as a server reads it",
                    value, Uris.query(parameters))
                    .isEqualTo(Map.of("q", List.of(value)));
        }

        @Test
        @DisplayName("names are encoded too: filter[status], ホスト名")
        void namesEncoded() {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("filter[status]", "running");
            parameters.put("ホスト名", "web01");

            assertThat(decoded(parameters)).as("query({filter[status]=running, ホスト名=web01}) = \"%s\", read back",
                    Uris.query(parameters))
                    .isEqualTo(Map.of("filter[status]", List.of("running"), "ホスト名", List.of("web01")));
        }

        @Test
        @DisplayName("a list gives one pair per value, in order: tag=web&tag=env:prod")
        void multiValued() {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("tag", List.of("web", "env:prod", "web"));
            parameters.put("status", "running");

            assertThat(decoded(parameters)).as("query({tag=[web, env:prod, web], status=running}) = \"%s\", read back",
                    Uris.query(parameters))
                    .isEqualTo(Map.of("tag", List.of("web", "env:prod", "web"), "status", List.of("running")));
        }

        @Test
        @DisplayName("a null value is left out, an empty string is kept as name=")
        void nullLeftOutEmptyKept() {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("type", "error");
            parameters.put("host", null);
            parameters.put("tag", Arrays.asList("web", null));
            parameters.put("comment", "");

            assertThat(decoded(parameters)).as("query({type=error, host=null, tag=[web, null], comment=\"\"}) = \"%s\", read back",
                    Uris.query(parameters))
                    .isEqualTo(Map.of("type", List.of("error"), "tag", List.of("web"), "comment", List.of("")));
        }

        @Test
        @DisplayName("no parameter with a value gives an empty string, not \"?\" or \"host=null\"")
        void nothingToSend() {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("host", null);
            parameters.put("tag", List.of());

            assertThat(Uris.query(parameters)).as("query({host=null, tag=[]})").isEmpty();
            assertThat(Uris.query(Map.of())).as("query({})").isEmpty();
        }
    }
}
