package dev.apikata.mock.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.mock.ApiTest;
import dev.apikata.mock.Http;
import dev.apikata.mock.auth.DevCredentials;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Module 09's IPAM (NetBox's REST API shape) and its firewall API, as its reference solution uses them. */
class IpamAndFirewallApiTest extends ApiTest {

    private static final String ADDRESSES = "/api/ipam/ip-addresses/";
    private static final String TOKEN = "Token " + DevCredentials.NETBOX_TOKEN;
    private static final String RULES = "/api/firewall/rules";

    private HttpResponse<String> netbox(String method, String path, String body, String authorization) {
        return http.sendAs(authorization, method, path, body);
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = netbox("GET", path, null, TOKEN);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return Http.json(response);
    }

    @Test
    @DisplayName("NetBox: following next with limit=2 reaches every active address once; count stays, the last next is null")
    void pagesToTheEnd() {
        List<String> seen = new ArrayList<>();
        String next = ADDRESSES + "?status=active&limit=2";
        JsonNode page = null;
        int pages = 0;
        while (next != null) {
            page = get(next);
            assertThat(page.get("count").asInt()).isEqualTo(5);
            page.get("results").forEach(a -> seen.add(a.get("dns_name").asText()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            assertThat(next == null || next.startsWith(api.baseUrl() + ADDRESSES)).as("next is an absolute URL: %s", next).isTrue();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("lb01.example.test", "web01.example.test", "web02.example.test", "db01.example.test", "db02.example.test");
        assertThat(page.get("previous").asText()).contains("status=active", "limit=2", "offset=2");
    }

    @Test
    @DisplayName("NetBox: an address has the prefix's length, status as value and label, and tags with slugs")
    void addressShape() {
        JsonNode web02 = get(ADDRESSES + "3/");

        assertThat(web02.get("address").asText()).isEqualTo("10.0.1.12/24");
        assertThat(web02.at("/status/value").asText()).isEqualTo("active");
        assertThat(web02.at("/status/label").asText()).isEqualTo("Active");
        assertThat(web02.get("tags")).extracting(t -> t.get("slug").asText()).containsExactly("https", "ssh", "backed-up");
        assertThat(web02.get("url").asText()).isEqualTo(api.baseUrl() + ADDRESSES + "3/");
    }

    @Test
    @DisplayName("NetBox: without the filter, reserved and deprecated addresses are listed too; filters combine")
    void filters() {
        assertThat(get(ADDRESSES).get("count").asInt()).isEqualTo(7);
        assertThat(get(ADDRESSES + "?status=reserved").get("results")).extracting(a -> a.get("dns_name").asText())
                .containsExactly("web03.example.test");
        assertThat(get(ADDRESSES + "?status=active&tag=postgresql").get("count").asInt()).isEqualTo(2);
        assertThat(get(ADDRESSES + "?parent=10.0.1.0/24").get("count").asInt()).isEqualTo(3);
    }

    @Test
    @DisplayName("NetBox: no token and a wrong token are 403 with detail; Bearer is not Token")
    void authentication() {
        HttpResponse<String> none = netbox("GET", ADDRESSES, null, null);
        HttpResponse<String> wrong = netbox("GET", ADDRESSES, null, "Token 0000000000000000000000000000000000000000");
        HttpResponse<String> bearer = netbox("GET", ADDRESSES, null, "Bearer " + DevCredentials.NETBOX_TOKEN);

        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(Http.json(none).get("detail").asText()).isEqualTo("Authentication credentials were not provided.");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(Http.json(wrong).get("detail").asText()).isEqualTo("Invalid token");
        assertThat(bearer.statusCode()).isEqualTo(403);
        assertThat(netbox("POST", "/api/ipam/prefixes/2/available-ips/", "{}", null).statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("NetBox: available-ips allocates the next free address (201), which the list then shows; delete releases it")
    void allocateAndRelease() {
        HttpResponse<String> created = netbox("POST", "/api/ipam/prefixes/2/available-ips/",
                "{\"dns_name\":\"web04.example.test\",\"status\":\"active\",\"tags\":[{\"slug\":\"https\"}]}", TOKEN);
        JsonNode address = Http.json(created);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(address.get("address").asText()).isEqualTo("10.0.1.10/24");
        assertThat(get(ADDRESSES + "?status=active").get("count").asInt()).isEqualTo(6);
        assertThat(netbox("DELETE", ADDRESSES + address.get("id").asInt() + "/", null, TOKEN).statusCode()).isEqualTo(204);
        assertThat(netbox("GET", ADDRESSES + address.get("id").asInt() + "/", null, TOKEN).statusCode()).isEqualTo(404);
        assertThat(netbox("DELETE", ADDRESSES + address.get("id").asInt() + "/", null, TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("NetBox: an unknown tag or status is 400 per field; an unknown prefix 404")
    void allocationErrors() {
        HttpResponse<String> bad = netbox("POST", "/api/ipam/prefixes/2/available-ips/",
                "{\"dns_name\":\"web04.example.test\",\"status\":\"on\",\"tags\":[{\"slug\":\"telnet\"}]}", TOKEN);

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).fieldNames()).toIterable().containsExactlyInAnyOrder("status", "tags");
        assertThat(netbox("POST", "/api/ipam/prefixes/99/available-ips/", "{}", TOKEN).statusCode()).isEqualTo(404);
        assertThat(get(ADDRESSES).get("count").asInt()).as("nothing was allocated").isEqualTo(7);
    }

    @Test
    @DisplayName("firewall: PUT creates (201), the same PUT again replaces with the same state (200); GET lists by id")
    void putIsIdempotent() {
        String rule = "{\"id\":\"web02-https\",\"destination\":\"10.0.1.12/32\",\"protocol\":\"tcp\",\"port\":443}";
        HttpResponse<String> first = http.sendJson("PUT", RULES + "/web02-https", rule);
        JsonNode afterFirst = Http.json(http.get(RULES));
        HttpResponse<String> second = http.sendJson("PUT", RULES + "/web02-https", rule);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).hasValue(api.baseUrl() + RULES + "/web02-https");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(Http.json(http.get(RULES))).isEqualTo(afterFirst);
        assertThat(afterFirst.get("rules")).extracting(r -> r.get("id").asText())
                .containsExactly("db01-postgresql", "old01-ssh", "web01-https", "web01-ssh", "web02-https");
    }

    @Test
    @DisplayName("firewall: PUT replaces a rule that differs; DELETE is 204, then 404")
    void replaceAndDelete() {
        HttpResponse<String> replaced = http.sendJson("PUT", RULES + "/db01-postgresql",
                "{\"id\":\"db01-postgresql\",\"destination\":\"10.0.2.21/32\",\"protocol\":\"tcp\",\"port\":5432}");

        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(Http.json(http.get(RULES + "/db01-postgresql")).get("port").asInt()).isEqualTo(5432);
        assertThat(http.delete(RULES + "/old01-ssh").statusCode()).isEqualTo(204);
        assertThat(http.delete(RULES + "/old01-ssh").statusCode()).isEqualTo(404);
        assertThat(http.get(RULES + "/old01-ssh").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("firewall: an invalid rule is 422 naming each field, and changes nothing")
    void validation() {
        HttpResponse<String> invalid = http.sendJson("PUT", RULES + "/web01-https",
                "{\"id\":\"web02-https\",\"destination\":\"10.0.1.0/33\",\"protocol\":\"icmp\",\"port\":70000}");

        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(Http.json(invalid).get("fields").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("id", "destination", "protocol", "port");
        assertThat(Http.json(http.get(RULES + "/web01-https")).get("destination").asText()).isEqualTo("10.0.1.11/32");
        assertThat(http.sendJson("PUT", RULES + "/Web_01", "{\"destination\":\"10.0.1.11/32\",\"protocol\":\"tcp\",\"port\":443}").statusCode())
                .isEqualTo(422);
    }
}
