package dev.apikata.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import dev.apikata.integrations.given.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module 09, task 09.5: from the IPAM to the firewall. The IPAM side is shaped as NetBox's REST API
 * documents it (version 4: {@code /api/ipam/ip-addresses/}, token auth, {@code count}/{@code next}/
 * {@code results} pages, status as {@code {"value": ...}}, tags with slugs); the firewall API is the
 * practice API's own small REST resource.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:09.5")
@DisplayName("09.5 FirewallSync: apply only the difference, idempotently")
class FirewallSyncTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";
    private static final String ADDRESSES = "/ipam/api/ipam/ip-addresses/";
    private static final String RULES = "/fw/api/firewall/rules";

    /** Page 1: web01 (https, ssh, a tag that is no service), a reserved address; page 2: db01 (postgresql). */
    private static String page1(String next) {
        return """
                {"count": 3, "next": %s, "previous": null, "results": [
                  {"id": 12, "url": "http://netbox.example.test/api/ipam/ip-addresses/12/", "display": "10.0.1.12/24",
                   "family": {"value": 4, "label": "IPv4"}, "address": "10.0.1.12/24",
                   "status": {"value": "active", "label": "Active"}, "dns_name": "web01.example.test",
                   "tags": [{"id": 1, "name": "https", "slug": "https"}, {"id": 2, "name": "ssh", "slug": "ssh"},
                            {"id": 7, "name": "Backed up", "slug": "backed-up"}]}]}""".formatted(next);
    }

    private static final String PAGE_2 = """
            {"count": 3, "next": null, "previous": "http://netbox.example.test/api/ipam/ip-addresses/?status=active&limit=1", "results": [
              {"id": 31, "address": "10.0.2.31/24", "status": {"value": "active", "label": "Active"},
               "dns_name": "db01.example.test", "tags": [{"id": 3, "name": "PostgreSQL", "slug": "postgresql"}]}]}""";

    private static final String MIXED_STATUSES = """
            {"count": 2, "next": null, "previous": null, "results": [
              {"id": 12, "address": "10.0.1.12/24", "status": {"value": "active", "label": "Active"},
               "dns_name": "web01.example.test", "tags": [{"id": 1, "name": "https", "slug": "https"}]},
              {"id": 40, "address": "10.0.1.40/24", "status": {"value": "reserved", "label": "Reserved"},
               "dns_name": "web02.example.test", "tags": [{"id": 1, "name": "https", "slug": "https"}]}]}""";

    private static final String ONLY_ACTIVE = """
            {"count": 1, "next": null, "previous": null, "results": [
              {"id": 12, "address": "10.0.1.12/24", "status": {"value": "active", "label": "Active"},
               "dns_name": "web01.example.test", "tags": [{"id": 1, "name": "https", "slug": "https"}]}]}""";

    private static final FirewallRule WEB01_HTTPS = new FirewallRule("web01-https", "10.0.1.12/32", "tcp", 443);
    private static final FirewallRule WEB01_SSH = new FirewallRule("web01-ssh", "10.0.1.12/32", "tcp", 22);
    private static final FirewallRule DB01_POSTGRESQL = new FirewallRule("db01-postgresql", "10.0.2.31/32", "tcp", 5432);
    private static final String ALL_THREE = """
            {"rules": [
              {"id": "db01-postgresql", "destination": "10.0.2.31/32", "protocol": "tcp", "port": 5432},
              {"id": "web01-https", "destination": "10.0.1.12/32", "protocol": "tcp", "port": 443},
              {"id": "web01-ssh", "destination": "10.0.1.12/32", "protocol": "tcp", "port": 22}]}""";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private FirewallSync sync;

    @BeforeEach
    void arrange() {
        sync = new FirewallSync(URI.create(api.url("/ipam")), TOKEN, URI.create(api.url("/fw")),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        api.stubFor(put(urlPathEqualTo(RULES + "/web01-https")).willReturn(okJson("{}")));
        api.stubFor(put(urlPathEqualTo(RULES + "/web01-ssh")).willReturn(okJson("{}")));
        api.stubFor(put(urlPathEqualTo(RULES + "/db01-postgresql")).willReturn(okJson("{}")));
    }

    /** The two pages of active addresses; a client that filters itself gets the same through the unfiltered list. */
    private void ipamHasWeb01AndDb01() {
        String next = "\"" + api.url(ADDRESSES + "?status=active&limit=1&offset=1") + "\"";
        api.stubFor(get(urlPathEqualTo(ADDRESSES)).withQueryParam("offset", equalTo("1")).atPriority(1).willReturn(okJson(PAGE_2)));
        api.stubFor(get(urlPathEqualTo(ADDRESSES)).atPriority(5).willReturn(okJson(page1(next))));
    }

    private void firewallHas(String rules) {
        api.stubFor(get(urlEqualTo(RULES)).willReturn(okJson(rules)));
    }

    private List<String> printedLines() {
        String text = printed.toString(StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }

    @Test
    @DisplayName("an empty firewall: one PUT per tagged service of each active address, host /32, Token auth to the IPAM")
    void fromScratch() throws Exception {
        ipamHasWeb01AndDb01();
        firewallHas("{\"rules\": []}");

        FirewallPlan plan = sync.sync(false);

        assertThat(plan.toPut()).as("rules to put").containsExactly(DB01_POSTGRESQL, WEB01_HTTPS, WEB01_SSH);
        assertThat(plan.toDelete()).as("rules to delete").isEmpty();
        // Both pages, the one found through next too, carry the token: NetBox refuses a page asked without it.
        api.verify(2, getRequestedFor(urlPathEqualTo(ADDRESSES)).withHeader("Authorization", equalTo("Token " + TOKEN)));
        api.verify(1, putRequestedFor(urlEqualTo(RULES + "/web01-https")).withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"id\": \"web01-https\", \"destination\": \"10.0.1.12/32\", \"protocol\": \"tcp\", \"port\": 443}")));
        api.verify(1, putRequestedFor(urlEqualTo(RULES + "/web01-ssh"))
                .withRequestBody(equalToJson("{\"id\": \"web01-ssh\", \"destination\": \"10.0.1.12/32\", \"protocol\": \"tcp\", \"port\": 22}")));
        api.verify(1, putRequestedFor(urlEqualTo(RULES + "/db01-postgresql"))
                .withRequestBody(equalToJson("{\"id\": \"db01-postgresql\", \"destination\": \"10.0.2.31/32\", \"protocol\": \"tcp\", \"port\": 5432}")));
        api.verify(0, deleteRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("the second run, when the firewall already matches: no PUT, no DELETE, an empty plan")
    void secondRunWritesNothing() throws Exception {
        ipamHasWeb01AndDb01();
        firewallHas(ALL_THREE);

        FirewallPlan plan = sync.sync(false);

        assertThat(plan.isEmpty()).as("the plan when the firewall already matches the IPAM: %s", plan).isTrue();
        api.verify(0, putRequestedFor(anyUrl()));
        api.verify(0, deleteRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("a changed address and a stale rule: PUT only the changed rule, DELETE only the stale one")
    void onlyTheDifference() throws Exception {
        ipamHasWeb01AndDb01();
        firewallHas("""
                {"rules": [
                  {"id": "db01-postgresql", "destination": "10.0.2.31/32", "protocol": "tcp", "port": 5432},
                  {"id": "old01-ssh", "destination": "10.0.9.9/32", "protocol": "tcp", "port": 22},
                  {"id": "web01-https", "destination": "10.0.1.99/32", "protocol": "tcp", "port": 443},
                  {"id": "web01-ssh", "destination": "10.0.1.12/32", "protocol": "tcp", "port": 22}]}""");
        api.stubFor(delete(urlEqualTo(RULES + "/old01-ssh")).willReturn(noContent()));

        FirewallPlan plan = sync.sync(false);

        assertThat(plan).as("the plan").isEqualTo(new FirewallPlan(List.of(WEB01_HTTPS), List.of("old01-ssh")));
        api.verify(1, putRequestedFor(urlEqualTo(RULES + "/web01-https")));
        api.verify(1, putRequestedFor(anyUrl()));
        api.verify(1, deleteRequestedFor(urlEqualTo(RULES + "/old01-ssh")));
        api.verify(1, deleteRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("a DELETE answered 404 is fine: the rule is gone, which was the goal")
    void deleteOfAGoneRule() throws Exception {
        ipamHasWeb01AndDb01();
        firewallHas(ALL_THREE.replace("{\"rules\": [", "{\"rules\": [{\"id\": \"old01-ssh\", \"destination\": \"10.0.9.9/32\", \"protocol\": \"tcp\", \"port\": 22},"));
        api.stubFor(delete(urlEqualTo(RULES + "/old01-ssh")).willReturn(notFound()));

        FirewallPlan plan = sync.sync(false);

        assertThat(plan.toDelete()).as("rules to delete").containsExactly("old01-ssh");
        api.verify(1, deleteRequestedFor(urlEqualTo(RULES + "/old01-ssh")));
    }

    @Test
    @DisplayName("a PUT answered 409 is an ApiException: the firewall is not what the plan says")
    void refusedPut() {
        ipamHasWeb01AndDb01();
        firewallHas("{\"rules\": []}");
        api.stubFor(put(urlPathEqualTo(RULES + "/web01-https")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/json").withBody("{\"error\": \"rule web01-https is locked by change CHG-1042\"}")));

        assertThatExceptionOfType(ApiException.class)
                .as("sync(false) when the firewall answers PUT web01-https with 409")
                .isThrownBy(() -> sync.sync(false))
                .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(409));
    }

    @Test
    @DisplayName("a DELETE answered 500 is an ApiException: unlike 404, it does not mean the rule is gone")
    void failedDelete() {
        ipamHasWeb01AndDb01();
        firewallHas(ALL_THREE.replace("{\"rules\": [", "{\"rules\": [{\"id\": \"old01-ssh\", \"destination\": \"10.0.9.9/32\", \"protocol\": \"tcp\", \"port\": 22},"));
        api.stubFor(delete(urlEqualTo(RULES + "/old01-ssh")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/plain").withBody("commit failed: configuration database is read-only")));

        assertThatExceptionOfType(ApiException.class)
                .as("sync(false) when the firewall answers DELETE old01-ssh with 500")
                .isThrownBy(() -> sync.sync(false))
                .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(500));
    }

    @Test
    @DisplayName("a dry run prints the plan, one change a line, and writes nothing")
    void dryRun() throws Exception {
        ipamHasWeb01AndDb01();
        firewallHas("{\"rules\": [{\"id\": \"old01-ssh\", \"destination\": \"10.0.9.9/32\", \"protocol\": \"tcp\", \"port\": 22}]}");

        FirewallPlan plan = sync.sync(true);

        assertThat(plan).as("the plan sync(true) returns, as a real run would")
                .isEqualTo(new FirewallPlan(List.of(DB01_POSTGRESQL, WEB01_HTTPS, WEB01_SSH), List.of("old01-ssh")));
        assertThat(printedLines()).as("what the dry run printed").containsExactly(
                "put db01-postgresql 10.0.2.31/32 tcp/5432",
                "put web01-https 10.0.1.12/32 tcp/443",
                "put web01-ssh 10.0.1.12/32 tcp/22",
                "delete old01-ssh");
        api.verify(0, putRequestedFor(anyUrl()));
        api.verify(0, deleteRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("only active addresses count: a reserved address opens nothing")
    void onlyActive() throws Exception {
        api.stubFor(get(urlPathEqualTo(ADDRESSES)).willReturn(okJson(MIXED_STATUSES)));
        api.stubFor(get(urlPathEqualTo(ADDRESSES)).withQueryParam("status", equalTo("active"))
                .willReturn(okJson(ONLY_ACTIVE)));
        firewallHas("{\"rules\": []}");

        assertThat(sync.desiredRules()).as("desiredRules() when web02's address is only reserved").containsExactly(WEB01_HTTPS);
    }
}
