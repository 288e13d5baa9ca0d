package dev.apikata.mock.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.ApiTest;
import dev.apikata.mock.Http;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The look-alikes answer what module 09's tests play with WireMock: the same paths, methods,
 * headers, bodies, errors and paging, so its reference solution works against the practice API.
 */
class ModuleNineShapesTest extends ApiTest {

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> rpc(String json, String token) {
        HttpRequest.Builder request = http.request("/api_jsonrpc.php").header("Content-Type", "application/json-rpc");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private String login() {
        return Http.json(rpc("{\"jsonrpc\":\"2.0\",\"method\":\"user.login\",\"params\":{\"username\":\"Admin\",\"password\":\"zabbix\"},\"id\":1}", null))
                .get("result").asText();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("Slack")
    class SlackLookAlike {

        @Test
        @DisplayName("the rate-limited webhook answers 429 with Retry-After, then takes the same message sent again")
        void rateLimitedThenAccepted() {
            String hook = "/services/T0DEV/B0DEV/rate-limited";
            HttpResponse<String> first = http.sendJson("POST", hook, "{\"text\":\"web01 is down\"}");
            HttpResponse<String> again = http.sendJson("POST", hook, "{\"text\":\"web01 is down\"}");

            assertThat(first.statusCode()).isEqualTo(429);
            assertThat(first.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(first.body()).isEqualTo("rate_limited");
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).isEqualTo("ok");
            assertThat(Http.json(http.get("/__kit/slack/messages"))).as("only the accepted message is kept").hasSize(1);
        }

        @Test
        @DisplayName("text and blocks are accepted; blocks without text too; neither is no_text")
        void textAndBlocks() {
            String hook = "/services/T0DEV/B0DEV/devOnlyNotASecret0000";
            String blocks = "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*web01* is down\"}}]";

            assertThat(http.sendJson("POST", hook, "{\"text\":\"web01 is down\",\"blocks\":" + blocks + "}").body()).isEqualTo("ok");
            assertThat(http.sendJson("POST", hook, "{\"blocks\":" + blocks + "}").body()).isEqualTo("ok");
            HttpResponse<String> empty = http.sendJson("POST", hook, "{\"text\":\"\",\"blocks\":[]}");
            assertThat(empty.statusCode()).isEqualTo(400);
            assertThat(empty.body()).isEqualTo("no_text");
            assertThat(empty.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("Prometheus")
    class PrometheusLookAlike {

        @Test
        @DisplayName("up == 0 keeps only the targets that are down, with their labels and the metric name")
        void upEqualsZero() {
            JsonNode down = Http.json(http.get("/api/v1/query?query=" + encode("up == 0") + "&time=1672531200"));

            assertThat(down.get("status").asText()).isEqualTo("success");
            assertThat(down.at("/data/resultType").asText()).isEqualTo("vector");
            assertThat(down.at("/data/result")).extracting(r -> r.at("/metric/instance").asText()).containsExactly("cache01:9100");
            assertThat(down.at("/data/result/0/metric/job").asText()).isEqualTo("node");
            assertThat(down.at("/data/result/0/metric/__name__").asText()).isEqualTo("up");
            assertThat(down.at("/data/result/0/value/1").asText()).isEqualTo("0");
            assertThat(down.has("warnings")).as("no warnings when local storage answers").isFalse();
        }

        @Test
        @DisplayName("up != 0 and up == 1 split the targets; a comparison in a range query drops the samples it filters out")
        void comparisonsFilter() {
            JsonNode up = Http.json(http.get("/api/v1/query?query=" + encode("up != 0") + "&time=1672531200"));
            JsonNode range = Http.json(http.get("/api/v1/query_range?query=" + encode("up == 0")
                    + "&start=2023-01-01T00:00:00Z&end=2023-01-01T00:05:00Z&step=60s"));

            assertThat(up.at("/data/result")).hasSize(4);
            assertThat(range.at("/data/resultType").asText()).isEqualTo("matrix");
            assertThat(range.at("/data/result")).hasSize(1);
            assertThat(range.at("/data/result/0/values")).hasSize(6);
        }

        @Test
        @DisplayName("a query reaching before local storage gets what is local and a warning, with status success")
        void warningsFromRemoteRead() {
            JsonNode range = Http.json(http.get("/api/v1/query_range?query=up&start=" + (Prometheus.LOCAL_SINCE - 120)
                    + "&end=" + (Prometheus.LOCAL_SINCE + 60) + "&step=60"));
            JsonNode instant = Http.json(http.get("/api/v1/query?query=up&time=" + (Prometheus.LOCAL_SINCE - 1)));

            assertThat(range.get("status").asText()).isEqualTo("success");
            assertThat(range.get("warnings")).extracting(JsonNode::asText).containsExactly(Prometheus.REMOTE_READ_WARNING);
            assertThat(range.at("/data/result/0/values")).as("the two local samples").hasSize(2);
            assertThat(instant.get("warnings")).hasSize(1);
            assertThat(instant.at("/data/result")).isEmpty();
        }

        @Test
        @DisplayName("a timeout shorter than the evaluation is 503 timeout with the envelope; a longer one answers; a bad one is 400")
        void timeouts() {
            HttpResponse<String> tooShort = http.get("/api/v1/query?query=up&timeout=1ms");
            HttpResponse<String> rangeTooShort = http.get("/api/v1/query_range?query=up&start=1672531200&end=1672531260&step=60&timeout=5ms");

            assertThat(tooShort.statusCode()).isEqualTo(503);
            assertThat(Http.json(tooShort).get("status").asText()).isEqualTo("error");
            assertThat(Http.json(tooShort).get("errorType").asText()).isEqualTo("timeout");
            assertThat(rangeTooShort.statusCode()).isEqualTo(503);
            assertThat(http.get("/api/v1/query?query=up&timeout=" + Prometheus.EVALUATION.toMillis() + "ms").statusCode()).isEqualTo(200);
            assertThat(http.get("/api/v1/query?query=up&timeout=30s").statusCode()).isEqualTo(200);
            assertThat(http.get("/api/v1/query?query=up&timeout=soon").statusCode()).isEqualTo(400);
        }

        @Test
        @DisplayName("errors: 400 bad_data with the error envelope, for a query, a step and a time it cannot read")
        void badData() {
            List<HttpResponse<String>> bad = List.of(
                    http.get("/api/v1/query?query=" + encode("up ==")),
                    http.get("/api/v1/query_range?query=up&start=1672531200&end=1672531500&step=PT1M"),
                    http.get("/api/v1/query?query=up&time=yesterday"));
            for (HttpResponse<String> response : bad) {
                assertThat(response.statusCode()).isEqualTo(400);
                JsonNode body = Http.json(response);
                assertThat(body.get("status").asText()).isEqualTo("error");
                assertThat(body.get("errorType").asText()).isEqualTo("bad_data");
                assertThat(body.get("error").asText()).isNotBlank();
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
            }
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("Zabbix")
    class ZabbixLookAlike {

        @Test
        @DisplayName("host.get with an output list answers only those properties")
        void hostOutput() {
            JsonNode hosts = Http.json(rpc("{\"jsonrpc\":\"2.0\",\"method\":\"host.get\",\"params\":{\"output\":[\"hostid\",\"host\",\"name\"]},\"id\":2}", login()));

            assertThat(hosts.get("result")).hasSize(5);
            assertThat(hosts.at("/result/0").fieldNames()).toIterable().containsExactly("hostid", "host", "name");
            assertThat(hosts.get("id").asInt()).isEqualTo(2);
        }

        @Test
        @DisplayName("problem.get sorted by eventid DESC answers the newest first, numbers as strings")
        void problemsNewestFirst() {
            String token = login();
            JsonNode desc = Http.json(rpc("{\"jsonrpc\":\"2.0\",\"method\":\"problem.get\",\"params\":{\"output\":[\"eventid\",\"name\",\"severity\",\"clock\"],"
                    + "\"sortfield\":[\"eventid\"],\"sortorder\":\"DESC\"},\"id\":3}", token));
            JsonNode asc = Http.json(rpc("{\"jsonrpc\":\"2.0\",\"method\":\"problem.get\",\"params\":{\"sortfield\":\"eventid\",\"sortorder\":\"ASC\"},\"id\":4}", token));

            assertThat(desc.get("result")).extracting(p -> p.get("eventid").asText()).containsExactly("9004", "9003", "9002", "9001");
            assertThat(desc.at("/result/0").fieldNames()).toIterable().containsExactly("eventid", "clock", "name", "severity");
            assertThat(desc.at("/result/0/severity").isTextual()).isTrue();
            assertThat(asc.get("result")).extracting(p -> p.get("eventid").asText()).containsExactly("9001", "9002", "9003", "9004");
        }

        @Test
        @DisplayName("errors inside a 200: the old user parameter, no token, an unknown token")
        void errors() {
            HttpResponse<String> oldParameter = rpc("{\"jsonrpc\":\"2.0\",\"method\":\"user.login\",\"params\":{\"user\":\"Admin\",\"password\":\"zabbix\"},\"id\":1}", null);
            HttpResponse<String> noToken = rpc("{\"jsonrpc\":\"2.0\",\"method\":\"problem.get\",\"params\":{},\"id\":2}", null);
            HttpResponse<String> unknown = rpc("{\"jsonrpc\":\"2.0\",\"method\":\"host.get\",\"params\":{},\"id\":3}", "0424bd59b807674191e7d77572075f33");

            assertThat(oldParameter.statusCode()).isEqualTo(200);
            assertThat(Http.json(oldParameter).at("/error/code").asInt()).isEqualTo(-32602);
            assertThat(Http.json(oldParameter).at("/error/data").asText()).isEqualTo("Invalid parameter \"/\": unexpected parameter \"user\".");
            assertThat(Http.json(noToken).at("/error/data").asText()).isEqualTo("Not authorised.");
            assertThat(unknown.statusCode()).isEqualTo(200);
            assertThat(Http.json(unknown).at("/error/data").asText()).isEqualTo("Session terminated, re-login, please.");
            assertThat(Http.json(unknown).get("id").asInt()).isEqualTo(3);
        }

        @Test
        @DisplayName("user.logout ends the session: the token is refused afterwards")
        void logout() {
            String token = login();
            JsonNode out = Http.json(rpc("{\"jsonrpc\":\"2.0\",\"method\":\"user.logout\",\"params\":[],\"id\":5}", token));
            JsonNode after = Http.json(rpc("{\"jsonrpc\":\"2.0\",\"method\":\"host.get\",\"params\":{},\"id\":6}", token));

            assertThat(out.get("result").asBoolean()).isTrue();
            assertThat(after.at("/error/code").asInt()).isEqualTo(-32602);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("Jira")
    class JiraLookAlike {

        private HttpResponse<String> send(String method, String path, String body, String authorization) {
            return http.sendAs(authorization, method, path, body);
        }

        private String status(String key) {
            return Http.json(send("GET", "/rest/api/2/issue/" + key, null, Jira.DEV_BASIC_AUTH))
                    .at("/fields/status/name").asText();
        }

        @Test
        @DisplayName("the seed issue OPS-1 offers transitions named apart from their target statuses; POST moves it (204)")
        void transitions() {
            JsonNode offered = Http.json(send("GET", "/rest/api/2/issue/OPS-1/transitions", null, Jira.DEV_BASIC_AUTH));
            HttpResponse<String> moved = send("POST", "/rest/api/2/issue/OPS-1/transitions", "{\"transition\":{\"id\":\"21\"}}",
                    Jira.DEV_BASIC_AUTH);

            assertThat(offered.get("transitions")).extracting(t -> t.get("name").asText() + " -> " + t.at("/to/name").asText())
                    .containsExactly("Start Progress -> In Progress", "Resolve -> Done");
            assertThat(moved.statusCode()).isEqualTo(204);
            assertThat(moved.body()).isEmpty();
            assertThat(status("OPS-1")).isEqualTo("In Progress");
            assertThat(Http.json(send("GET", "/rest/api/2/issue/OPS-1/transitions", null, Jira.DEV_BASIC_AUTH))
                    .get("transitions")).extracting(t -> t.get("id").asText()).containsExactly("11", "31");
        }

        @Test
        @DisplayName("a transition the status does not offer is 400 with errorMessages, and the status stays")
        void invalidTransition() {
            HttpResponse<String> refused = send("POST", "/rest/api/2/issue/OPS-1/transitions", "{\"transition\":{\"id\":\"41\"}}",
                    Jira.DEV_BASIC_AUTH);

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Http.json(refused).get("errorMessages")).extracting(JsonNode::asText)
                    .containsExactly("Transition id '41' is not valid for this issue.");
            assertThat(status("OPS-1")).isEqualTo("To Do");
        }

        @Test
        @DisplayName("transitions need Basic auth (401 without it or with a wrong token) and an issue that exists (404)")
        void authAndMissingIssue() {
            String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("dev@example.test:wrong".getBytes(StandardCharsets.UTF_8));

            assertThat(send("GET", "/rest/api/2/issue/OPS-1/transitions", null, null).statusCode()).isEqualTo(401);
            assertThat(send("POST", "/rest/api/2/issue/OPS-1/transitions", "{\"transition\":{\"id\":\"21\"}}", wrong).statusCode()).isEqualTo(401);
            HttpResponse<String> missing = send("GET", "/rest/api/2/issue/OPS-999/transitions", null, Jira.DEV_BASIC_AUTH);
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(Http.json(missing).get("errorMessages")).hasSize(1);
            assertThat(status("OPS-1")).isEqualTo("To Do");
        }

        @Test
        @DisplayName("validation: missing fields in errors, an unknown issue type in errorMessages")
        void validation() {
            HttpResponse<String> missing = send("POST", "/rest/api/2/issue", "{\"fields\":{}}", Jira.DEV_BASIC_AUTH);
            HttpResponse<String> unknownType = send("POST", "/rest/api/2/issue",
                    "{\"fields\":{\"project\":{\"key\":\"OPS\"},\"summary\":\"x\",\"issuetype\":{\"name\":\"Chore\"}}}",
                    Jira.DEV_BASIC_AUTH);

            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(Http.json(missing).get("errors").fieldNames()).toIterable().containsExactlyInAnyOrder("project", "summary", "issuetype");
            assertThat(Http.json(missing).at("/errors/issuetype").asText()).isEqualTo("Specify an issue type");
            assertThat(Http.json(missing).get("errorMessages")).isEmpty();
            assertThat(unknownType.statusCode()).isEqualTo(400);
            assertThat(Http.json(unknownType).get("errorMessages")).extracting(JsonNode::asText).containsExactly("The issue type selected is invalid.");
            assertThat(Http.json(unknownType).get("errors")).isEmpty();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @DisplayName("clouds")
    class CloudLookAlikes {

        private static final String SOUTH = "/south/compute/v1/projects/ops-prod/zones/asia-northeast1-b/instances";

        @Test
        @DisplayName("north: following rel=\"next\" from the first page reaches every instance once; the last page names no next")
        void northToTheEnd() {
            List<String> names = new ArrayList<>();
            String next = "/north/v1/instances";
            int pages = 0;
            String lastLink = "";
            while (next != null) {
                HttpResponse<String> page = http.get(next);
                Http.json(page).forEach(vm -> names.add(vm.get("name").asText()));
                lastLink = page.headers().firstValue("Link").orElse("");
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(lastLink);
                next = m.find() ? m.group(1) : null;
                pages++;
            }
            assertThat(names).hasSize(CloudInventories.NORTH_INSTANCES.size()).doesNotHaveDuplicates();
            assertThat(pages).isEqualTo(3);
            assertThat(lastLink).contains("rel=\"prev\"", "rel=\"first\"", "rel=\"last\"").doesNotContain("rel=\"next\"");
        }

        @Test
        @DisplayName("north: a page past the last is empty; a bad page or per_page is 400")
        void northLimits() {
            assertThat(Http.json(http.get("/north/v1/instances?page=9223372036854775807&per_page=100"))).isEmpty();
            assertThat(http.get("/north/v1/instances?page=0").statusCode()).isEqualTo(400);
            assertThat(http.get("/north/v1/instances?per_page=101").statusCode()).isEqualTo(400);
        }

        @Test
        @DisplayName("south: nextPageToken sent back encoded as pageToken walks every page; the last has no token")
        void southToTheEnd() {
            List<String> names = new ArrayList<>();
            String token = null;
            int pages = 0;
            do {
                JsonNode page = Http.json(http.get(SOUTH + "?maxResults=3" + (token == null ? "" : "&pageToken=" + encode(token))));
                assertThat(page.get("kind").asText()).isEqualTo("compute#instanceList");
                page.path("items").forEach(vm -> names.add(vm.get("name").asText()));
                token = page.hasNonNull("nextPageToken") ? page.get("nextPageToken").asText() : null;
                pages++;
            } while (token != null);
            JsonNode all = Http.json(http.get(SOUTH));

            assertThat(names).hasSize(7).doesNotHaveDuplicates();
            assertThat(pages).isEqualTo(3);
            assertThat(all.get("items")).as("the default maxResults, 500, fits the zone on one page").hasSize(7);
            assertThat(all.has("nextPageToken")).isFalse();
            assertThat(all.at("/items/0/zone").asText()).endsWith("/compute/v1/projects/ops-prod/zones/asia-northeast1-b");
        }

        @Test
        @DisplayName("south: tokens hold + / =, so a token sent back unencoded is 400 Invalid page token")
        void southTokenMustBeEncoded() {
            String token = Http.json(http.get(SOUTH + "?maxResults=3")).get("nextPageToken").asText();
            HttpResponse<String> raw = http.get(SOUTH + "?maxResults=3&pageToken=" + token);

            assertThat(token).contains("+", "/", "=");
            assertThat(raw.statusCode()).isEqualTo(400);
            assertThat(Http.json(raw).at("/error/errors/0/reason").asText()).isEqualTo("invalid");
            assertThat(Http.json(raw).at("/error/code").asInt()).isEqualTo(400);
        }

        @Test
        @DisplayName("south: an empty zone answers without items; an unknown zone or project is 404; maxResults over 500 is 400")
        void southEdges() {
            JsonNode empty = Http.json(http.get("/south/compute/v1/projects/ops-prod/zones/asia-northeast1-c/instances"));

            assertThat(empty.has("items")).isFalse();
            assertThat(empty.has("nextPageToken")).isFalse();
            assertThat(http.get("/south/compute/v1/projects/ops-prod/zones/europe-west1-b/instances").statusCode()).isEqualTo(404);
            assertThat(http.get("/south/compute/v1/projects/other/zones/asia-northeast1-b/instances").statusCode()).isEqualTo(404);
            assertThat(http.get(SOUTH + "?maxResults=501").statusCode()).isEqualTo(400);
        }
    }
}
