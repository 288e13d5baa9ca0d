package dev.apikata.mock.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.ApiTest;
import dev.apikata.mock.Http;
import dev.apikata.mock.auth.DevCredentials;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IntegrationRoutesTest extends ApiTest {

    private static final String WEBHOOK = "/services/T000DEV/B000DEV/dev-only-webhook";
    private static final String JIRA_BASIC = "Basic " + Base64.getEncoder().encodeToString(
            (DevCredentials.JIRA_USER + ":" + DevCredentials.JIRA_API_TOKEN).getBytes(StandardCharsets.UTF_8));

    private JsonNode rpc(String json) {
        return Http.json(http.sendJson("POST", "/api_jsonrpc.php", json));
    }

    @Test
    @DisplayName("Slack webhook: ok, no_text, invalid_payload, invalid_token, rate_limited; accepted messages are listed")
    void slack() {
        HttpResponse<String> ok = http.sendJson("POST", WEBHOOK, "{\"text\":\"web01 is down\"}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("ok");
        assertThat(http.sendJson("POST", WEBHOOK, "{\"channel\":\"#ops\"}").body()).isEqualTo("no_text");
        HttpResponse<String> invalid = http.sendJson("POST", WEBHOOK, "{text:");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).isEqualTo("invalid_payload");
        assertThat(http.sendJson("POST", "/services/T0/B0/invalid", "{\"text\":\"x\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> limited = http.sendJson("POST", "/services/T0/B0/rate-limited", "{\"text\":\"x\"}");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).isEqualTo("rate_limited");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");

        assertThat(Http.json(http.get("/__kit/slack/messages"))).extracting(m -> m.get("text").asText()).containsExactly("web01 is down");
    }

    @Test
    @DisplayName("Prometheus: an instant query with a label matcher gives a vector; a range query a matrix")
    void prometheus() {
        JsonNode vector = Http.json(http.get("/api/v1/query?query=" + encode("up{instance=\"web01:9100\"}") + "&time=1672531200"));
        assertThat(vector.get("status").asText()).isEqualTo("success");
        assertThat(vector.at("/data/resultType").asText()).isEqualTo("vector");
        assertThat(vector.at("/data/result")).hasSize(1);
        assertThat(vector.at("/data/result/0/metric/__name__").asText()).isEqualTo("up");
        assertThat(vector.at("/data/result/0/value/0").asLong()).isEqualTo(1672531200L);
        assertThat(vector.at("/data/result/0/value/1").asText()).isEqualTo("1");

        JsonNode matrix = Http.json(http.get("/api/v1/query_range?query=node_load1&start=1672531200&end=1672531500&step=60"));
        assertThat(matrix.at("/data/resultType").asText()).isEqualTo("matrix");
        assertThat(matrix.at("/data/result")).hasSize(5);
        assertThat(matrix.at("/data/result/0/values")).hasSize(6);

        HttpResponse<String> bad = http.get("/api/v1/query?query=" + encode("up{oops"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).get("errorType").asText()).isEqualTo("bad_data");
    }

    @Test
    @DisplayName("Zabbix: login, host.get with the session, JSON-RPC errors for bad login, no session, unknown method, bad JSON")
    void zabbix() {
        JsonNode login = rpc("{\"jsonrpc\":\"2.0\",\"method\":\"user.login\",\"params\":{\"username\":\"Admin\",\"password\":\"zabbix\"},\"id\":1}");
        String session = login.get("result").asText();
        assertThat(session).hasSize(32);

        JsonNode hosts = rpc("{\"jsonrpc\":\"2.0\",\"method\":\"host.get\",\"params\":{\"output\":\"extend\",\"filter\":{\"host\":[\"web01\",\"db01\"]},\"selectInterfaces\":[\"ip\"]},\"auth\":\"" + session + "\",\"id\":2}");
        assertThat(hosts.get("result")).extracting(h -> h.get("host").asText()).containsExactly("web01", "db01");
        assertThat(hosts.at("/result/0/interfaces/0/ip").asText()).isEqualTo("10.0.1.11");
        assertThat(hosts.get("id").asInt()).isEqualTo(2);

        JsonNode problems = Http.json(http.send(http.request("/api_jsonrpc.php")
                .header("Content-Type", "application/json-rpc")
                .header("Authorization", "Bearer " + session)
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"method\":\"problem.get\",\"params\":{\"severities\":[4,5]},\"id\":3}"))
                .build()));
        assertThat(problems.get("result")).hasSize(2);

        assertThat(rpc("{\"jsonrpc\":\"2.0\",\"method\":\"user.login\",\"params\":{\"username\":\"Admin\",\"password\":\"x\"},\"id\":4}").at("/error/code").asInt()).isEqualTo(-32602);
        assertThat(rpc("{\"jsonrpc\":\"2.0\",\"method\":\"host.get\",\"params\":{},\"id\":5}").at("/error/data").asText()).isEqualTo("Not authorised.");
        assertThat(rpc("{\"jsonrpc\":\"2.0\",\"method\":\"foo.get\",\"params\":{},\"id\":6}").at("/error/code").asInt()).isEqualTo(-32601);
        assertThat(rpc("{\"jsonrpc\":").at("/error/code").asInt()).isEqualTo(-32700);
        assertThat(rpc("{\"jsonrpc\":\"2.0\",\"method\":\"apiinfo.version\",\"params\":{},\"id\":7}").get("result").asText()).isEqualTo("7.0.0");
    }

    @Test
    @DisplayName("Jira: create an issue (201 with id, key, self), read it back; 400 names missing fields; 401 without Basic auth")
    void jira() {
        HttpResponse<String> created = http.send(http.request("/rest/api/2/issue")
                .header("Authorization", JIRA_BASIC)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"fields\":{\"project\":{\"key\":\"OPS\"},\"summary\":\"web01 disk full\",\"issuetype\":{\"name\":\"Incident\"}}}"))
                .build());
        JsonNode issue = Http.json(created);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(issue.get("key").asText()).as("the key after the seed issue OPS-1").isEqualTo("OPS-2");
        assertThat(issue.get("self").asText()).endsWith("/rest/api/2/issue/" + issue.get("id").asText());

        JsonNode read = Http.json(http.send(http.request("/rest/api/2/issue/OPS-2").header("Authorization", JIRA_BASIC).build()));
        assertThat(read.at("/fields/summary").asText()).isEqualTo("web01 disk full");
        assertThat(read.get("self").asText()).isEqualTo(issue.get("self").asText());
        assertThat(read.at("/fields/status/name").asText()).isEqualTo("To Do");

        HttpResponse<String> invalid = http.send(http.request("/rest/api/2/issue")
                .header("Authorization", JIRA_BASIC)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"fields\":{\"project\":{\"key\":\"OPS\"}}}"))
                .build());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(Http.json(invalid).at("/errors/summary").asText()).isEqualTo("You must specify a summary of the issue.");
        assertThat(http.sendJson("POST", "/rest/api/2/issue", "{}").statusCode()).isEqualTo(401);
        assertThat(http.send(http.request("/rest/api/2/issue/OPS-1").header("Authorization", "Bearer " + DevCredentials.JIRA_API_TOKEN).build())
                .statusCode()).as("Jira Cloud takes an API token only with Basic auth, not as Bearer").isEqualTo(401);
    }

    @Test
    @DisplayName("chapter 03's firewall: add a rule, filter by it; invalid rules are 422 per field")
    void chapterThreeFirewall() {
        String ip = "10.0.1.10/32";
        HttpResponse<String> rule = http.sendJson("POST", "/firewall/rules",
                "{\"action\":\"allow\",\"protocol\":\"tcp\",\"source\":\"" + ip + "\",\"destination\":\"10.0.2.21/32\",\"port\":5432}");
        assertThat(rule.statusCode()).isEqualTo(201);
        assertThat(Http.json(http.get("/firewall/rules?source=" + encode(ip)))).hasSize(1);

        HttpResponse<String> invalid = http.sendJson("POST", "/firewall/rules", "{\"action\":\"maybe\",\"protocol\":\"tcp\",\"source\":\"10.0.0.0/33\",\"destination\":\"10.0.2.0/24\",\"port\":70000}");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(Http.json(invalid).get("fields").fieldNames()).toIterable().containsExactlyInAnyOrder("action", "source", "port");
        assertThat(http.delete("/firewall/rules/1").statusCode()).isEqualTo(204);
        assertThat(http.get("/firewall/rules/1").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("cloud A pages with NextToken; walking it finds every machine")
    void cloudInventories() {
        List<String> cloudA = new ArrayList<>();
        String path = "/cloud-a/instances?MaxResults=10";
        while (path != null) {
            JsonNode page = Http.json(http.get(path));
            page.get("Instances").forEach(i -> cloudA.add(i.get("InstanceId").asText()));
            path = page.has("NextToken") ? "/cloud-a/instances?MaxResults=10&NextToken=" + page.get("NextToken").asText() : null;
        }
        assertThat(cloudA).hasSize(CloudInventories.CLOUD_A_INSTANCES).doesNotHaveDuplicates();

        assertThat(http.get("/cloud-a/instances?NextToken=not-a-token!").statusCode()).isEqualTo(400);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("cloud A refuses a token it did not issue")
    void cloudAPagingLimits() {
        String badToken = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("offset:-5".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(http.get("/cloud-a/instances?NextToken=" + badToken).statusCode()).isEqualTo(400);
    }
}
