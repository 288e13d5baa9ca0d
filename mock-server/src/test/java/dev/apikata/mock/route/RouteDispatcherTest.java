package dev.apikata.mock.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The dispatcher and the request model, without a server. */
class RouteDispatcherTest {

    private final RouteDispatcher dispatcher = new RouteDispatcher();

    private static ServeEvent event(UUID stubId, String url) {
        LoggedRequest request = LoggedRequest.createFrom(ImmutableRequest.create()
                .withAbsoluteUrl("http://127.0.0.1:8080" + url)
                .withMethod(RequestMethod.GET)
                .build());
        StubMapping stub = new StubMapping();
        stub.setId(stubId);
        return new ServeEvent(UUID.randomUUID(), request, stub, ResponseDefinition.ok(), null, false, null, new LinkedList<>());
    }

    @Test
    @DisplayName("hands the request to the route's handler with its path parameters")
    void dispatchesWithPathParams() {
        UUID stub = UUID.randomUUID();
        dispatcher.bind(stub, Route.get("/servers/{name}/disks/{disk}", "test",
                r -> Reply.ok(Json.object().put("name", r.pathParam("name")).put("disk", r.pathParam("disk")))));

        ResponseDefinition response = dispatcher.transform(event(stub, "/servers/web01/disks/sda?verbose=1"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(new String(response.getByteBody(), StandardCharsets.UTF_8)).isEqualTo("{\"name\":\"web01\",\"disk\":\"sda\"}");
    }

    @Test
    @DisplayName("an ApiProblem becomes a JSON error; any other exception a 500 that names it")
    void errors() {
        UUID problem = UUID.randomUUID();
        UUID bug = UUID.randomUUID();
        dispatcher.bind(problem, Route.get("/p", "test", r -> {
            throw new ApiProblem(409, "conflict", "taken").header("X-Why", "test").detail("field", "name");
        }));
        dispatcher.bind(bug, Route.get("/b", "test", r -> {
            throw new IllegalStateException("boom");
        }));

        ResponseDefinition conflict = dispatcher.transform(event(problem, "/p"));
        ResponseDefinition internal = dispatcher.transform(event(bug, "/b"));

        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getHeaders().getHeader("X-Why").firstValue()).isEqualTo("test");
        assertThat(new String(conflict.getByteBody(), StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"conflict\",\"message\":\"taken\",\"field\":\"name\"}");
        assertThat(internal.getStatus()).isEqualTo(500);
        assertThat(new String(internal.getByteBody(), StandardCharsets.UTF_8)).contains("boom");
    }

    @Test
    @DisplayName("a stub it does not know keeps its own response")
    void unknownStub() {
        ServeEvent event = event(UUID.randomUUID(), "/x");

        assertThat(dispatcher.transform(event)).isSameAs(event.getResponseDefinition());
    }

    @Test
    @DisplayName("query strings keep repeated keys and decode percent-encoding")
    void queryParsing() {
        Map<String, List<String>> query = KitRequest.parseQuery("/posts?id=1&id=2&q=disk%20full&flag&empty=");

        assertThat(query).containsEntry("id", List.of("1", "2")).containsEntry("q", List.of("disk full"))
                .containsEntry("flag", List.of("")).containsEntry("empty", List.of(""));
        assertThatThrownBy(() -> KitRequest.parseQuery("/x?bad=%zz")).isInstanceOf(ApiProblem.class);
    }

    @Test
    @DisplayName("JSON media types include +json suffixes and parameters")
    void jsonMediaTypes() {
        assertThat(JsonBody.isJson("application/json; charset=utf-8")).isTrue();
        assertThat(JsonBody.isJson("application/merge-patch+json")).isTrue();
        assertThat(JsonBody.isJson("text/plain")).isFalse();
        assertThat(JsonBody.isJson("")).isFalse();
    }

    @Test
    @DisplayName("the outbound HTTP client refuses to go anywhere")
    void noProxy() {
        var client = new NoProxyHttpClientFactory().buildHttpClient(null, false, List.of(), false);

        assertThatThrownBy(() -> client.execute(ImmutableRequest.create().withAbsoluteUrl("http://example.test/").withMethod(RequestMethod.GET).build()))
                .isInstanceOf(IOException.class);
    }
}
