package dev.apikata.mock.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.ApiTest;
import dev.apikata.mock.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * json-server 0.17.4's query language on the seed data (post n belongs to user (n-1)/10+1; comment
 * n to post (n-1)/5+1). mock-server/bench/parity.sh runs the same kinds of requests against
 * json-server itself.
 */
class ListQueryTest extends ApiTest {

    private List<Integer> ids(String path) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        List<Integer> ids = new ArrayList<>();
        Http.json(response).forEach(record -> ids.add(record.get("id").asInt()));
        return ids;
    }

    private static List<Integer> range(int fromInclusive, int toInclusive) {
        List<Integer> ids = new ArrayList<>();
        for (int i = fromInclusive; i <= toInclusive; i++) {
            ids.add(i);
        }
        return ids;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/posts?_start=20&_end=25     | 21,22,23,24,25",
        "/posts?_end=3                | 1,2,3",
        "/posts?_start=5&_limit=2     | 6,7",
        "/posts?_limit=3              | 1,2,3",
        "/posts?_start=2&_end=4&_limit=10 | 3,4",
        "/posts?_start=98&_end=200    | 99,100",
        "/posts?_start=10&_end=5      | ''",
        "/posts?_end=0                | ''",
        "/posts?_limit=0              | ''",
        "/posts?_start=-2&_end=100    | 99,100",
        "/posts?_page=3&_limit=2      | 5,6",
        "/posts?_page=2&_limit=2&_start=50&_end=60 | 3,4",
        "/posts?_page=0&_limit=2      | 1,2",
        "/posts?_page=2147483647&_limit=10 | ''",
        "/posts?_page=9223372036854775807&_limit=9223372036854775807 | ''",
        "/posts?_start=2147483647&_limit=2147483647 | ''",
    })
    @DisplayName("_start, _end, _limit and _page slice as json-server slices")
    void slicing(String path, String expected) {
        List<Integer> wanted = expected.isEmpty() ? List.of() : java.util.Arrays.stream(expected.split(",")).map(Integer::valueOf).toList();

        assertThat(ids(path.trim())).isEqualTo(wanted);
    }

    @Test
    @DisplayName("_start alone does not slice, as in json-server; _page alone pages by 10")
    void startAloneAndDefaultPage() {
        assertThat(ids("/posts?_start=95")).hasSize(100);
        assertThat(ids("/posts?_page=2")).isEqualTo(range(11, 20));
        assertThat(ids("/posts?_page=2&_limit=0")).as("_limit=0 with _page means the default 10").isEqualTo(range(11, 20));
    }

    @Test
    @DisplayName("the Link header keeps the query as sent and names first, prev, next and last only when they exist")
    void pageLinks() {
        String base = api.baseUrl() + "/posts?_limit=10&_page=";
        HttpResponse<String> middle = http.get("/posts?_limit=10&_page=3");
        HttpResponse<String> first = http.get("/posts?_limit=10&_page=1");
        HttpResponse<String> all = http.get("/posts?_limit=200&_page=1");
        HttpResponse<String> beyond = http.get("/posts?_limit=10&_page=11");

        assertThat(middle.headers().firstValue("Link")).hasValue("<" + base + "1>; rel=\"first\", <" + base + "2>; rel=\"prev\", <"
                + base + "4>; rel=\"next\", <" + base + "10>; rel=\"last\"");
        assertThat(first.headers().firstValue("Link")).hasValue("<" + base + "1>; rel=\"first\", <" + base + "2>; rel=\"next\", <" + base + "10>; rel=\"last\"");
        assertThat(all.headers().firstValue("Link")).as("one page holds everything").isEmpty();
        assertThat(beyond.headers().firstValue("Link")).isEmpty();
        assertThat(Http.json(beyond)).isEmpty();
        assertThat(middle.headers().firstValue("X-Total-Count")).hasValue("100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"_page=abc", "_limit=ten", "_start=1.5", "_end=x"})
    @DisplayName("a paging parameter that is not a whole number is a 400 that names it")
    void badPagingParameter(String parameter) {
        HttpResponse<String> response = http.get("/posts?" + parameter);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("message").asText()).contains(parameter.split("=")[0]);
    }

    @Test
    @DisplayName("_gte and _lte compare numbers as numbers; _ne excludes every value given; _like is a case-insensitive regular expression")
    void operators() {
        assertThat(ids("/posts?id_gte=98")).isEqualTo(range(98, 100));
        assertThat(ids("/posts?id_lte=3")).isEqualTo(range(1, 3));
        assertThat(ids("/posts?id_gte=4&id_lte=6")).isEqualTo(range(4, 6));
        assertThat(ids("/posts?userId=1&id_ne=2&id_ne=3")).isEqualTo(List.of(1, 4, 5, 6, 7, 8, 9, 10));
        String title = Http.json(http.get("/posts/7")).get("title").asText();
        String word = title.split(" ")[0];
        assertThat(ids("/posts?title_like=%5E" + word.toUpperCase())).contains(7)
                .allSatisfy(id -> assertThat(Http.json(http.get("/posts/" + id)).get("title").asText()).startsWith(word));
        assertThat(ids("/users?address.city_like=%5Ekyo")).isEqualTo(List.of(6));
        assertThat(http.get("/posts?title_like=(").statusCode()).as("not a regular expression").isEqualTo(400);
        assertThat(ids("/posts?nothing_ne=1")).as("an operator on a field no record has matches nothing, as in json-server").isEmpty();
    }

    @Test
    @DisplayName("_sort takes several fields and _order one order per field")
    void sortingByFields() {
        List<Integer> byUserDescThenIdAsc = ids("/posts?_sort=userId,id&_order=desc,asc&_limit=12");
        List<Integer> byUserDescThenIdDesc = ids("/posts?_sort=userId,id&_order=desc,desc&_limit=3");
        List<Integer> todos = new ArrayList<>();
        Http.json(http.get("/todos?userId=1&_sort=completed,id&_order=desc")).forEach(t -> todos.add(t.get("completed").asBoolean() ? 1 : 0));

        assertThat(byUserDescThenIdAsc).isEqualTo(List.of(91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 81, 82));
        assertThat(byUserDescThenIdDesc).isEqualTo(List.of(100, 99, 98));
        assertThat(todos).as("completed todos first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ids("/users?_sort=address.city&_limit=1")).as("a nested field: Fukuoka comes first").isEqualTo(List.of(10));
    }

    @Test
    @DisplayName("q finds text in any value, nested ones too, but not in the field names")
    void fullText() {
        assertThat(ids("/users?q=KYOTO")).isEqualTo(List.of(6));
        assertThat(ids("/posts?q=title")).as("'title' is a key, not a value").isEmpty();
        assertThat(ids("/comments?q=example.test")).hasSize(500);
    }

    @Test
    @DisplayName("_embed lists the children of each record, _expand follows its parent reference, on lists, records and nested routes")
    void embedAndExpand() {
        JsonNode post = Http.json(http.get("/posts/1?_embed=comments&_expand=user"));
        JsonNode list = Http.json(http.get("/posts?_embed=comments&_limit=2"));
        JsonNode nested = Http.json(http.get("/users/1/posts?_expand=user&_limit=1"));
        JsonNode comment = Http.json(http.get("/comments/6?_expand=post"));

        assertThat(post.get("comments")).hasSize(5).allSatisfy(c -> assertThat(c.get("postId").asInt()).isEqualTo(1));
        assertThat(post.at("/user/id").asInt()).isEqualTo(1);
        assertThat(list.get(1).get("comments")).extracting(c -> c.get("id").asInt()).containsExactly(6, 7, 8, 9, 10);
        assertThat(nested.get(0).at("/user/username").asText()).isEqualTo(Http.json(http.get("/users/1")).get("username").asText());
        assertThat(comment.at("/post/id").asInt()).isEqualTo(2);
        assertThat(Http.json(http.get("/posts/1")).has("comments")).as("the stored record is unchanged").isFalse();
    }

    @ParameterizedTest
    @CsvSource({"GET, /posts/, 200", "GET, /posts/1/, 200", "GET, /posts/1/comments/, 200", "DELETE, /posts/2/, 200", "GET, /users/1/profile/, 200"})
    @DisplayName("a trailing slash answers as without it")
    void trailingSlash(String method, String path, int status) {
        HttpResponse<String> response = http.send(http.request(path).method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.statusCode()).isEqualTo(status);
        String withoutSlash = path.substring(0, path.length() - 1);
        if (method.equals("GET")) {
            assertThat(response.body()).isEqualTo(http.get(withoutSlash).body());
        }
    }

    @Test
    @DisplayName("POST, PUT and PATCH with a trailing slash work too")
    void trailingSlashWrites() {
        assertThat(http.sendJson("POST", "/posts/", "{\"title\":\"t\",\"userId\":1}").statusCode()).isEqualTo(201);
        assertThat(http.sendJson("PATCH", "/posts/1/", "{\"title\":\"patched\"}").statusCode()).isEqualTo(200);
        assertThat(Http.json(http.get("/posts/1")).get("title").asText()).isEqualTo("patched");
    }

    @Test
    @DisplayName("deleting a post deletes its comments; deleting a user, their posts and todos")
    void deletesDependents() {
        http.delete("/posts/1");
        http.delete("/users/2");

        assertThat(Http.json(http.get("/comments?postId=1"))).isEmpty();
        assertThat(Http.json(http.get("/comments"))).hasSize(495);
        assertThat(Http.json(http.get("/posts?userId=2"))).isEmpty();
        assertThat(Http.json(http.get("/todos?userId=2"))).isEmpty();
        assertThat(Http.json(http.get("/posts"))).hasSize(89);
    }

    @Test
    @DisplayName("text after the JSON body is a 400 with its line and column, as json-server's parser refuses it")
    void trailingGarbage() {
        HttpResponse<String> response = http.sendJson("POST", "/posts", "{\"title\":\"x\"} xyz");
        HttpResponse<String> second = http.sendJson("POST", "/posts", "{\"title\":\"x\"}\n{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("column").asInt()).as("at the text after the value").isBetween(15, 18);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(Http.json(second).get("line").asInt()).isEqualTo(2);
        assertThat(Http.json(http.get("/posts"))).as("nothing stored").hasSize(100);
    }
}
