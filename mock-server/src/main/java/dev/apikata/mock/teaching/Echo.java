package dev.apikata.mock.teaching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.JsonBody;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** {@code /anything}: shows a learner exactly what their client sent, httpbin style. */
final class Echo {

    private Echo() {}

    static ResponseDefinition answer(KitRequest request) {
        JsonBody.checkSize(request.body());
        ObjectNode echo = Json.object()
                .put("method", request.method())
                .put("url", request.baseUrl() + request.raw().getUrl())
                .put("path", request.path());
        echo.set("args", multiMap(request.query()));
        ObjectNode headers = echo.putObject("headers");
        for (HttpHeader header : request.raw().getHeaders().all()) {
            headers.put(header.key(), String.join(", ", header.values()));
        }
        String data = request.bodyText();
        echo.put("data", data);
        echo.set("json", parseJson(data));
        String contentType = request.header("Content-Type").orElse("");
        echo.set("form", contentType.startsWith("application/x-www-form-urlencoded") ? multiMap(request.formFields()) : Json.object());
        echo.put("origin", request.raw().getClientIp());
        return Reply.ok(echo);
    }

    /** One value stays a string; a repeated key becomes a list. */
    private static ObjectNode multiMap(Map<String, List<String>> values) {
        ObjectNode node = Json.object();
        values.forEach((key, list) -> {
            if (list.size() == 1) {
                node.put(key, list.get(0));
            } else {
                list.forEach(node.putArray(key)::add);
            }
        });
        return node;
    }

    private static JsonNode parseJson(String data) {
        if (data.isBlank()) {
            return Json.MAPPER.nullNode();
        }
        try {
            return Json.MAPPER.readTree(data);
        } catch (IOException e) {
            return Json.MAPPER.nullNode();
        }
    }
}
