package dev.apikata.http.methods;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module 01: a CRUD client for {@code /posts}, one nested class per task. Each test sets up the
 * server's answer, calls the client once, and checks the result and the request that was sent.
 */
@ExtendWith(LearnerFeedback.class)
@DisplayName("PostsClient")
class PostsClientTest {

    private static final String JSON = "application/json";

    private static final Post POST_1 = new Post(1L, 7, "Rebooting web01", "The kernel update needs a reboot.");
    private static final String POST_1_JSON = """
            {"id": 1, "userId": 7, "title": "Rebooting web01", "body": "The kernel update needs a reboot."}""";

    private static final Post POST_2 = new Post(2L, 3, "Disk alert on db01", "/var is 91% full.");
    private static final String POSTS_JSON = """
            [
              {"id": 1, "userId": 7, "title": "Rebooting web01", "body": "The kernel update needs a reboot."},
              {"id": 2, "userId": 3, "title": "Disk alert on db01", "body": "/var is 91% full."}
            ]""";

    private static final NewPost NEW_POST = new NewPost(1, "foo", "bar");
    private static final String NEW_POST_JSON = """
            {"userId": 1, "title": "foo", "body": "bar"}""";
    private static final String CREATED_JSON = """
            {"id": 101, "userId": 1, "title": "foo", "body": "bar"}""";

    private static final Post POST_1_UPDATED = new Post(1L, 7, "Rebooted web01", "Back online at 02:10.");
    private static final String POST_1_UPDATED_JSON = """
            {"id": 1, "userId": 7, "title": "Rebooted web01", "body": "Back online at 02:10."}""";

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .failOnUnmatchedRequests(true)
            .build();

    private PostsClient client;

    @BeforeEach
    void newClient() {
        client = new PostsClient(URI.create(api.baseUrl()));
    }

    @Nested
    @Tag("task:01.1")
    @DisplayName("01.1 find: GET one post")
    class Find {

        @Test
        @DisplayName("GET /posts/1 returns the post, asking for JSON")
        void returnsThePost() throws Exception {
            api.stubFor(get("/posts/1").willReturn(okJson(POST_1_JSON)));

            assertThat(client.find(1)).as("find(1) when the server answers 200 with post 1").contains(POST_1);
            api.verify(getRequestedFor(urlEqualTo("/posts/1")).withHeader("Accept", containing(JSON)));
        }

        @Test
        @DisplayName("404 Not Found gives an empty result, not an exception")
        void notFoundIsEmpty() throws Exception {
            api.stubFor(get("/posts/999").willReturn(notFound().withBody("{}")));

            assertThat(client.find(999)).as("find(999) when the server answers 404").isEmpty();
        }

        @Test
        @DisplayName("500 Internal Server Error is reported as UnexpectedStatusException")
        void serverErrorIsAnException() {
            api.stubFor(get("/posts/1").willReturn(serverError()));

            assertThatThrownBy(() -> client.find(1))
                    .as("find(1) when the server answers 500")
                    .isInstanceOf(UnexpectedStatusException.class)
                    .extracting(e -> ((UnexpectedStatusException) e).statusCode()).isEqualTo(500);
        }
    }

    @Nested
    @Tag("task:01.2")
    @DisplayName("01.2 list: GET the collection")
    class ListPosts {

        @Test
        @DisplayName("GET /posts returns every post in the server's order")
        void returnsAllPosts() throws Exception {
            api.stubFor(get("/posts").willReturn(okJson(POSTS_JSON)));

            assertThat(client.list()).as("list() when the server answers with two posts").containsExactly(POST_1, POST_2);
            api.verify(getRequestedFor(urlEqualTo("/posts")).withHeader("Accept", containing(JSON)));
        }

        @Test
        @DisplayName("an empty JSON array gives an empty list")
        void emptyArrayIsEmptyList() throws Exception {
            api.stubFor(get("/posts").willReturn(okJson("[]")));

            assertThat(client.list()).as("list() when the server answers []").isEmpty();
        }

        @Test
        @DisplayName("503 Service Unavailable is an UnexpectedStatusException, not an empty list")
        void errorIsAnException() {
            api.stubFor(get("/posts").willReturn(status(503)));

            assertThatThrownBy(() -> client.list())
                    .as("list() when the server answers 503")
                    .isInstanceOf(UnexpectedStatusException.class);
        }
    }

    @Nested
    @Tag("task:01.3")
    @DisplayName("01.3 create: POST a new post")
    class Create {

        @Test
        @DisplayName("POST /posts sends the post as JSON and returns it with the server's id")
        void sendsJsonAndReturnsTheCreatedPost() throws Exception {
            api.stubFor(post("/posts").willReturn(status(201).withHeader("Content-Type", JSON).withBody(CREATED_JSON)));

            Post created = client.create(NEW_POST);

            assertThat(created).as("create(...) when the server answers 201 with id 101")
                    .isEqualTo(new Post(101L, 1, "foo", "bar"));
            api.verify(postRequestedFor(urlEqualTo("/posts"))
                    .withHeader("Content-Type", containing(JSON))
                    .withRequestBody(equalToJson(NEW_POST_JSON)));
        }

        @Test
        @DisplayName("an answer other than 201 Created is an UnexpectedStatusException")
        void non201IsAnException() {
            api.stubFor(post("/posts").willReturn(status(400).withBody("{\"error\": \"title is required\"}")));

            assertThatThrownBy(() -> client.create(NEW_POST))
                    .as("create(...) when the server answers 400")
                    .isInstanceOf(UnexpectedStatusException.class)
                    .hasMessageContaining("400");
        }
    }

    @Nested
    @Tag("task:01.4")
    @DisplayName("01.4 replace: PUT the whole post")
    class Replace {

        @Test
        @DisplayName("PUT /posts/1 sends every field and returns the server's answer")
        void sendsTheWholePost() throws Exception {
            api.stubFor(put("/posts/1").willReturn(okJson(POST_1_UPDATED_JSON)));

            assertThat(client.replace(1, POST_1_UPDATED)).as("replace(1, ...) when the server answers 200")
                    .isEqualTo(POST_1_UPDATED);
            api.verify(putRequestedFor(urlEqualTo("/posts/1"))
                    .withHeader("Content-Type", containing(JSON))
                    .withRequestBody(equalToJson(POST_1_UPDATED_JSON)));
        }

        @Test
        @DisplayName("PUT twice sends identical requests and ends in the same state (idempotent)")
        void putIsIdempotent() throws Exception {
            api.stubFor(put("/posts/1").willReturn(okJson(POST_1_UPDATED_JSON)));

            Post first = client.replace(1, POST_1_UPDATED);
            Post second = client.replace(1, POST_1_UPDATED);

            assertThat(second).as("the state after the second PUT").isEqualTo(first);
            List<String> bodies = api.findAll(putRequestedFor(urlEqualTo("/posts/1"))).stream()
                    .map(request -> request.getBodyAsString()).toList();
            assertThat(bodies).as("the bodies of the two PUT requests").hasSize(2);
            assertThat(bodies.get(1)).as("the second PUT's body, compared with the first").isEqualTo(bodies.get(0));
        }

        @Test
        @DisplayName("an error answer to PUT is an UnexpectedStatusException")
        void errorIsAnException() {
            api.stubFor(put("/posts/1").willReturn(status(409)));

            assertThatThrownBy(() -> client.replace(1, POST_1_UPDATED))
                    .as("replace(1, ...) when the server answers 409")
                    .isInstanceOf(UnexpectedStatusException.class);
        }
    }

    @Nested
    @Tag("task:01.5")
    @DisplayName("01.5 update: PATCH some fields")
    class Update {

        @Test
        @DisplayName("PATCH /posts/1 sends only the changed fields and returns the whole post")
        void sendsOnlyTheChanges() throws Exception {
            api.stubFor(patch(urlEqualTo("/posts/1")).willReturn(okJson(POST_1_UPDATED_JSON)));

            Post updated = client.update(1, Map.of("title", "Rebooted web01"));

            assertThat(updated).as("update(1, {title}) when the server answers 200").isEqualTo(POST_1_UPDATED);
            api.verify(patchRequestedFor(urlEqualTo("/posts/1"))
                    .withHeader("Content-Type", containing(JSON))
                    .withRequestBody(equalToJson("{\"title\": \"Rebooted web01\"}")));
        }

        @Test
        @DisplayName("an error answer to PATCH is an UnexpectedStatusException")
        void errorIsAnException() {
            api.stubFor(patch(urlEqualTo("/posts/1")).willReturn(status(422)));

            assertThatThrownBy(() -> client.update(1, Map.of("title", "")))
                    .as("update(1, ...) when the server answers 422")
                    .isInstanceOf(UnexpectedStatusException.class);
        }
    }

    @Nested
    @Tag("task:01.6")
    @DisplayName("01.6 delete: DELETE is idempotent")
    class Delete {

        @Test
        @DisplayName("200 OK means deleted")
        void okMeansDeleted() throws Exception {
            api.stubFor(delete("/posts/1").willReturn(ok()));

            assertThat(client.delete(1)).as("delete(1) when the server answers 200").isEqualTo(DeleteOutcome.DELETED);
            api.verify(deleteRequestedFor(urlEqualTo("/posts/1")));
        }

        @Test
        @DisplayName("204 No Content means deleted too")
        void noContentMeansDeleted() throws Exception {
            api.stubFor(delete("/posts/1").willReturn(noContent()));

            assertThat(client.delete(1)).as("delete(1) when the server answers 204").isEqualTo(DeleteOutcome.DELETED);
        }

        @Test
        @DisplayName("deleting twice: the second 404 means already absent, not an error")
        void secondDeleteIsAlreadyAbsent() throws Exception {
            api.stubFor(delete("/posts/1").inScenario("delete twice").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(noContent()).willSetStateTo("gone"));
            api.stubFor(delete("/posts/1").inScenario("delete twice").whenScenarioStateIs("gone")
                    .willReturn(notFound()));

            DeleteOutcome first = client.delete(1);
            DeleteOutcome second = client.delete(1);

            assertThat(List.of(first, second)).as("the outcomes of two DELETEs of the same post")
                    .containsExactly(DeleteOutcome.DELETED, DeleteOutcome.ALREADY_ABSENT);
            api.verify(2, deleteRequestedFor(urlEqualTo("/posts/1")));
        }

        @Test
        @DisplayName("500 is a real failure: UnexpectedStatusException")
        void serverErrorIsAnException() {
            api.stubFor(delete("/posts/1").willReturn(serverError()));

            assertThatThrownBy(() -> client.delete(1))
                    .as("delete(1) when the server answers 500")
                    .isInstanceOf(UnexpectedStatusException.class);
        }
    }

    @Nested
    @Tag("task:01.7")
    @DisplayName("01.7 exists: HEAD asks without a body")
    class Exists {

        @Test
        @DisplayName("HEAD /posts/1 answering 200 means it exists, and no GET is sent")
        void headOkMeansExists() throws Exception {
            api.stubFor(head(urlEqualTo("/posts/1")).willReturn(ok()));

            assertThat(client.exists(1)).as("exists(1) when HEAD answers 200").isTrue();
            api.verify(headRequestedFor(urlEqualTo("/posts/1")));
            api.verify(0, getRequestedFor(urlEqualTo("/posts/1")));
        }

        @Test
        @DisplayName("HEAD answering 404 means it does not exist")
        void headNotFoundMeansAbsent() throws Exception {
            api.stubFor(head(urlEqualTo("/posts/42")).willReturn(notFound()));

            assertThat(client.exists(42)).as("exists(42) when HEAD answers 404").isFalse();
        }

        @Test
        @DisplayName("HEAD answering 503 is an UnexpectedStatusException")
        void otherStatusIsAnException() {
            api.stubFor(head(urlEqualTo("/posts/1")).willReturn(aResponse().withStatus(503)));

            assertThatThrownBy(() -> client.exists(1))
                    .as("exists(1) when HEAD answers 503")
                    .isInstanceOf(UnexpectedStatusException.class);
        }
    }
}
