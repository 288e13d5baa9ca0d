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
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
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
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module 01: a CRUD client for {@code /posts}, one nested class per task. Each test sets up the
 * server's answer, calls the client once, and checks the result and the request that was sent.
 * The server's answers differ from what the client sent (a server-assigned id, a title the server
 * tidied), so code that returns its own input cannot pass.
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

    // What the client sends to create a post, and what the server stores: an id of its own, the title trimmed.
    private static final NewPost NEW_POST = new NewPost(1, "Patch db01 ", "Kernel 6.1 is out.");
    private static final String NEW_POST_JSON = """
            {"userId": 1, "title": "Patch db01 ", "body": "Kernel 6.1 is out."}""";
    private static final Post CREATED = new Post(101L, 1, "Patch db01", "Kernel 6.1 is out.");
    private static final String CREATED_JSON = """
            {"id": 101, "userId": 1, "title": "Patch db01", "body": "Kernel 6.1 is out."}""";

    // A whole post sent with PUT, and the server's answer: the same post as the server stored it.
    private static final Post REPLACEMENT = new Post(1L, 7, "Rebooted web01 ", "Back online at 02:10.");
    private static final String REPLACEMENT_JSON = """
            {"id": 1, "userId": 7, "title": "Rebooted web01 ", "body": "Back online at 02:10."}""";
    private static final Post POST_1_UPDATED = new Post(1L, 7, "Rebooted web01", "Back online at 02:10.");
    private static final String POST_1_UPDATED_JSON = """
            {"id": 1, "userId": 7, "title": "Rebooted web01", "body": "Back online at 02:10."}""";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private PostsClient client;

    @BeforeEach
    void newClient() {
        client = new PostsClient(URI.create(api.baseUrl()));
    }

    /**
     * An exchange that failed (the connection was reset, the body is not JSON) must reach the caller
     * as an IOException, thrown as it is or as the cause of another exception, never hidden behind
     * an ordinary-looking answer such as "empty" or "false".
     */
    private static void assertIoFailurePropagates(ThrowingCallable call, String description) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as(description + ": the call should fail with the IOException, not return").isNotNull();
        assertThat(thrown).as(description + ": an IOException, or an exception caused by one")
                .satisfiesAnyOf(
                        failure -> assertThat(failure).isInstanceOf(IOException.class),
                        failure -> assertThat(failure).hasRootCauseInstanceOf(IOException.class));
    }

    @Nested
    @Tag("task:01.2")
    @DisplayName("01.2 find: GET one post")
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

        @ParameterizedTest(name = "{0} is an UnexpectedStatusException, not \"no such post\"")
        @ValueSource(ints = {401, 403, 500})
        void otherStatusesAreExceptions(int status) {
            api.stubFor(get("/posts/1").willReturn(status(status)));

            assertThatExceptionOfType(UnexpectedStatusException.class)
                    .as("find(1) when the server answers %d", status)
                    .isThrownBy(() -> client.find(1))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(status));
        }

        @Test
        @DisplayName("a reset connection reaches the caller as an IOException")
        void connectionFailurePropagates() {
            api.stubFor(get("/posts/1").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertIoFailurePropagates(() -> client.find(1), "find(1) when the connection is reset");
        }

        @Test
        @DisplayName("a 200 whose body is not JSON reaches the caller as an IOException, not as \"no such post\"")
        void malformedBodyPropagates() {
            api.stubFor(get("/posts/1").willReturn(ok("<html>Bad gateway</html>").withHeader("Content-Type", JSON)));

            assertIoFailurePropagates(() -> client.find(1), "find(1) when the body is not JSON");
        }
    }

    @Nested
    @Tag("task:01.3")
    @DisplayName("01.3 list: GET the collection")
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

            assertThatExceptionOfType(UnexpectedStatusException.class)
                    .as("list() when the server answers 503")
                    .isThrownBy(() -> client.list())
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(503));
        }

        @Test
        @DisplayName("a reset connection reaches the caller as an IOException, not as an empty list")
        void connectionFailurePropagates() {
            api.stubFor(get("/posts").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertIoFailurePropagates(() -> client.list(), "list() when the connection is reset");
        }

        @Test
        @DisplayName("404 Not Found on the collection is an UnexpectedStatusException: the URI is wrong, the list is not empty")
        void notFoundIsAnException() {
            api.stubFor(get("/posts").willReturn(notFound().withHeader("Content-Type", JSON).withBody("{}")));

            assertThatExceptionOfType(UnexpectedStatusException.class)
                    .as("list() when the server answers 404")
                    .isThrownBy(() -> client.list())
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(404));
        }
    }

    @Nested
    @Tag("task:01.4")
    @DisplayName("01.4 create: POST a new post")
    class Create {

        @Test
        @DisplayName("POST /posts sends the post as JSON and returns it as the server stored it, with its id")
        void sendsJsonAndReturnsTheCreatedPost() throws Exception {
            api.stubFor(post("/posts").willReturn(status(201).withHeader("Content-Type", JSON)
                    .withHeader("Location", api.url("/posts/101")).withBody(CREATED_JSON)));

            Post created = client.create(NEW_POST);

            assertThat(created).as("create(...) when the server answers 201 with id 101 and the title trimmed")
                    .isEqualTo(CREATED);
            api.verify(postRequestedFor(urlEqualTo("/posts"))
                    .withHeader("Content-Type", containing(JSON))
                    .withRequestBody(equalToJson(NEW_POST_JSON)));
        }

        @ParameterizedTest(name = "{0} is not 201 Created: an UnexpectedStatusException")
        @ValueSource(ints = {200, 202})
        void otherSuccessStatusesAreNotCreated(int status) {
            api.stubFor(post("/posts").willReturn(status(status).withHeader("Content-Type", JSON).withBody(CREATED_JSON)));

            assertThatExceptionOfType(UnexpectedStatusException.class)
                    .as("create(...) when the server answers %d instead of 201", status)
                    .isThrownBy(() -> client.create(NEW_POST))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(status));
        }

        @Test
        @DisplayName("400 Bad Request is an UnexpectedStatusException")
        void clientErrorIsAnException() {
            api.stubFor(post("/posts").willReturn(status(400).withHeader("Content-Type", JSON)
                    .withBody("{\"error\": \"title is required\"}")));

            assertThatExceptionOfType(UnexpectedStatusException.class)
                    .as("create(...) when the server answers 400")
                    .isThrownBy(() -> client.create(NEW_POST))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(400));
        }

        @Test
        @DisplayName("a reset connection reaches the caller as an IOException, not as null")
        void connectionFailurePropagates() {
            api.stubFor(post("/posts").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertIoFailurePropagates(() -> client.create(NEW_POST), "create(...) when the connection is reset");
        }

        @Test
        @DisplayName("a 201 whose body is not JSON reaches the caller as an IOException")
        void malformedBodyPropagates() {
            api.stubFor(post("/posts").willReturn(status(201).withHeader("Content-Type", JSON).withBody("<html>Created</html>")));

            assertIoFailurePropagates(() -> client.create(NEW_POST), "create(...) when the body is not JSON");
        }
    }

    @Nested
    @Tag("task:01.5")
    @DisplayName("01.5 replace: PUT the whole post")
    class Replace {

        @Test
        @DisplayName("PUT /posts/1 sends every field and returns the server's answer, not its argument")
        void sendsTheWholePost() throws Exception {
            api.stubFor(put("/posts/1").willReturn(okJson(POST_1_UPDATED_JSON)));

            assertThat(client.replace(1, REPLACEMENT)).as("replace(1, ...) when the server answers 200 with the title trimmed")
                    .isEqualTo(POST_1_UPDATED);
            api.verify(putRequestedFor(urlEqualTo("/posts/1"))
                    .withHeader("Content-Type", containing(JSON))
                    .withRequestBody(equalToJson(REPLACEMENT_JSON)));
        }

        @Test
        @DisplayName("PUT twice sends identical requests and ends in the same state (idempotent)")
        void putIsIdempotent() throws Exception {
            api.stubFor(put("/posts/1").willReturn(okJson(POST_1_UPDATED_JSON)));

            Post first = client.replace(1, REPLACEMENT);
            Post second = client.replace(1, REPLACEMENT);

            assertThat(second).as("the state after the second PUT").isEqualTo(first);
            List<String> bodies = api.findAll(putRequestedFor(urlEqualTo("/posts/1"))).stream()
                    .map(LoggedRequest::getBodyAsString).toList();
            assertThat(bodies).as("the bodies of the two PUT requests").hasSize(2);
            assertThat(bodies.get(1)).as("the second PUT's body, compared with the first").isEqualTo(bodies.get(0));
        }

        @ParameterizedTest(name = "{0} is an UnexpectedStatusException")
        @ValueSource(ints = {404, 409})
        void errorIsAnException(int status) {
            api.stubFor(put("/posts/1").willReturn(status(status)));

            assertThatExceptionOfType(UnexpectedStatusException.class)
                    .as("replace(1, ...) when the server answers %d", status)
                    .isThrownBy(() -> client.replace(1, REPLACEMENT))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(status));
        }

        @ParameterizedTest(name = "{0} is not the 200 OK this API answers with: an UnexpectedStatusException")
        @ValueSource(ints = {201, 204})
        void otherSuccessStatusesAreExceptions(int status) {
            api.stubFor(put("/posts/1").willReturn(status(status).withHeader("Content-Type", JSON).withBody(POST_1_UPDATED_JSON)));

            assertThatExceptionOfType(UnexpectedStatusException.class)
                    .as("replace(1, ...) when the server answers %d instead of 200", status)
                    .isThrownBy(() -> client.replace(1, REPLACEMENT))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(status));
        }

        @Test
        @DisplayName("a reset connection reaches the caller as an IOException, not as null")
        void connectionFailurePropagates() {
            api.stubFor(put("/posts/1").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertIoFailurePropagates(() -> client.replace(1, REPLACEMENT), "replace(1, ...) when the connection is reset");
        }
    }

    @Nested
    @Tag("task:01.6")
    @DisplayName("01.6 update: PATCH some fields")
    class Update {

        @Test
        @DisplayName("PATCH /posts/1 sends only the changed fields and returns the whole post")
        void sendsOnlyTheChanges() throws Exception {
            api.stubFor(patch(urlEqualTo("/posts/1")).willReturn(okJson(POST_1_UPDATED_JSON)));

            Post updated = client.update(1, Map.of("title", "Rebooted web01"));

            assertThat(updated).as("update(1, {title}) when the server answers 200 with the whole post")
                    .isEqualTo(POST_1_UPDATED);
            // application/json, or JSON Merge Patch's own media type (RFC 7396): both describe this body.
            api.verify(patchRequestedFor(urlEqualTo("/posts/1"))
                    .withHeader("Content-Type", matching("application/(merge-patch\\+)?json.*"))
                    .withRequestBody(equalToJson("{\"title\": \"Rebooted web01\"}")));
        }

        @ParameterizedTest(name = "{0} is an UnexpectedStatusException")
        @ValueSource(ints = {404, 422})
        void errorIsAnException(int status) {
            api.stubFor(patch(urlEqualTo("/posts/1")).willReturn(status(status)));

            assertThatExceptionOfType(UnexpectedStatusException.class)
                    .as("update(1, ...) when the server answers %d", status)
                    .isThrownBy(() -> client.update(1, Map.of("title", "")))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(status));
        }

        @Test
        @DisplayName("a 200 whose body is not JSON reaches the caller as an IOException, not as null")
        void malformedBodyPropagates() {
            api.stubFor(patch(urlEqualTo("/posts/1")).willReturn(ok("<html>Bad gateway</html>").withHeader("Content-Type", JSON)));

            assertIoFailurePropagates(() -> client.update(1, Map.of("title", "Rebooted web01")), "update(1, ...) when the body is not JSON");
        }
    }

    @Nested
    @Tag("task:01.7")
    @DisplayName("01.7 delete: DELETE is idempotent")
    class Delete {

        @Test
        @DisplayName("200 OK means deleted")
        void okMeansDeleted() throws Exception {
            api.stubFor(delete("/posts/1").willReturn(okJson("{}")));

            assertThat(client.delete(1)).as("delete(1) when the server answers 200").isEqualTo(DeleteOutcome.DELETED);
            api.verify(deleteRequestedFor(urlEqualTo("/posts/1")));
        }

        @Test
        @DisplayName("204 No Content means deleted too")
        void noContentMeansDeleted() throws Exception {
            api.stubFor(delete("/posts/1").willReturn(noContent()));

            assertThat(client.delete(1)).as("delete(1) when the server answers 204").isEqualTo(DeleteOutcome.DELETED);
            api.verify(deleteRequestedFor(urlEqualTo("/posts/1")));
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

        @ParameterizedTest(name = "{0} means neither deleted nor absent: an UnexpectedStatusException")
        @ValueSource(ints = {202, 401, 403, 409, 500})
        void otherStatusesAreExceptions(int status) {
            api.stubFor(delete("/posts/1").willReturn(status(status)));

            assertThatExceptionOfType(UnexpectedStatusException.class)
                    .as("delete(1) when the server answers %d", status)
                    .isThrownBy(() -> client.delete(1))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(status));
        }

        @Test
        @DisplayName("a reset connection reaches the caller as an IOException, not as \"already absent\"")
        void connectionFailurePropagates() {
            api.stubFor(delete("/posts/1").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertIoFailurePropagates(() -> client.delete(1), "delete(1) when the connection is reset");
        }
    }

    @Nested
    @Tag("task:01.8")
    @DisplayName("01.8 exists: HEAD asks without a body")
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
            api.verify(headRequestedFor(urlEqualTo("/posts/42")));
        }

        @ParameterizedTest(name = "{0} is an UnexpectedStatusException, not \"does not exist\"")
        @ValueSource(ints = {401, 403, 503})
        void otherStatusesAreExceptions(int status) {
            api.stubFor(head(urlEqualTo("/posts/1")).willReturn(status(status)));

            assertThatExceptionOfType(UnexpectedStatusException.class)
                    .as("exists(1) when HEAD answers %d", status)
                    .isThrownBy(() -> client.exists(1))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(status));
        }

        @Test
        @DisplayName("a reset connection reaches the caller as an IOException, not as false")
        void connectionFailurePropagates() {
            api.stubFor(head(urlEqualTo("/posts/1")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertIoFailurePropagates(() -> client.exists(1), "exists(1) when the connection is reset");
        }
    }
}
