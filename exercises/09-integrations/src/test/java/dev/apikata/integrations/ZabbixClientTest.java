package dev.apikata.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import dev.apikata.integrations.given.ApiException;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module 09, task 09.3: the Zabbix API. Requests and answers follow the Zabbix 7.0 LTS manual
 * ("API", user.login, host.get, problem.get): JSON-RPC 2.0 on POST /api_jsonrpc.php, the token in
 * an {@code Authorization: Bearer} header, errors as a JSON-RPC error object inside a 200.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:09.3")
@DisplayName("09.3 ZabbixClient: JSON-RPC with user.login, host.get, problem.get")
class ZabbixClientTest {

    private static final String RPC = "/zabbix/api_jsonrpc.php";
    private static final String TOKEN = "0424bd59b807674191e7d77572075f33";
    /** The media types the Zabbix manual lists for a request's Content-Type. */
    private static final String JSON_RPC_TYPES = "application/(json-rpc|json|jsonrequest)(;.*)?";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private final ZabbixClient zabbix = new ZabbixClient(URI.create(api.url("/zabbix")));

    /** A JSON-RPC answer that carries the id of the request it answers, as Zabbix does. */
    private static ResponseDefinitionBuilder rpcAnswer(String member) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"jsonrpc\": \"2.0\", " + member + ", \"id\": {{jsonPath request.body '$.id'}} }")
                .withTransformers("response-template");
    }

    private static void answer(String method, String member) {
        api.stubFor(post(urlEqualTo(RPC)).withRequestBody(matchingJsonPath("$.method", equalTo(method)))
                .willReturn(rpcAnswer(member)));
    }

    private void loggedIn() throws Exception {
        answer("user.login", "\"result\": \"" + TOKEN + "\"");
        zabbix.login("Admin", "zabbix");
    }

    @Test
    @DisplayName("login sends user.login with username and password as JSON-RPC 2.0, without a token")
    void loginRequest() throws Exception {
        answer("user.login", "\"result\": \"" + TOKEN + "\"");

        zabbix.login("Admin", "zabbix");

        api.verify(1, postRequestedFor(urlEqualTo(RPC))
                .withHeader("Content-Type", matching(JSON_RPC_TYPES))
                .withHeader("Authorization", absent())
                .withRequestBody(equalToJson("""
                        {"jsonrpc": "2.0", "method": "user.login", "params": {"username": "Admin", "password": "zabbix"}, "id": "${json-unit.any-number}"}""")));
    }

    @Test
    @DisplayName("hosts() sends host.get with the login's token as Authorization: Bearer and reads each host")
    void hosts() throws Exception {
        loggedIn();
        answer("host.get", """
                "result": [{"hostid": "10084", "host": "zabbix-server", "name": "Zabbix server"},
                           {"hostid": "10631", "host": "web01.example.test", "name": "web01"}]""");

        assertThat(zabbix.hosts()).as("hosts()").containsExactly(
                new ZabbixHost("10084", "zabbix-server", "Zabbix server"),
                new ZabbixHost("10631", "web01.example.test", "web01"));
        api.verify(postRequestedFor(urlEqualTo(RPC))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", matching(JSON_RPC_TYPES))
                .withRequestBody(equalToJson("""
                        {"jsonrpc": "2.0", "method": "host.get", "params": {"output": ["hostid", "host", "name"]}, "id": "${json-unit.any-number}"}""")));
    }

    @Test
    @DisplayName("problems() sends problem.get newest first and reads severity and clock from strings")
    void problems() throws Exception {
        loggedIn();
        answer("problem.get", """
                "result": [{"eventid": "1245463", "source": "0", "object": "0", "objectid": "15112", "clock": "1796119200",
                            "ns": "209442442", "r_eventid": "0", "name": "web01: nginx is not running", "acknowledged": "0",
                            "severity": "4", "suppressed": "0"}]""");

        assertThat(zabbix.problems()).as("problems()").containsExactly(
                new ZabbixProblem("1245463", "web01: nginx is not running", 4, Instant.parse("2026-12-01T10:00:00Z")));
        api.verify(postRequestedFor(urlEqualTo(RPC))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson("""
                        {"jsonrpc": "2.0", "method": "problem.get", "id": "${json-unit.any-number}",
                         "params": {"output": ["eventid", "name", "severity", "clock"], "sortfield": ["eventid"], "sortorder": "DESC"}}""")));
    }

    @Test
    @DisplayName("a wrong password: the error object inside a 200 is a ZabbixApiException with code and data")
    void loginRefused() {
        answer("user.login", """
                "error": {"code": -32602, "message": "Invalid params.", "data": "Incorrect user name or password or account is temporarily blocked."}""");

        assertThatExceptionOfType(ZabbixApiException.class)
                .as("login(\"Admin\", \"wrong\") when Zabbix answers a JSON-RPC error")
                .isThrownBy(() -> zabbix.login("Admin", "wrong"))
                .satisfies(e -> {
                    assertThat(e.code()).as("code()").isEqualTo(-32602);
                    assertThat(e.data()).as("data()").isEqualTo("Incorrect user name or password or account is temporarily blocked.");
                });
    }

    @Test
    @DisplayName("an expired session on host.get is a ZabbixApiException, not an empty list")
    void sessionTerminated() throws Exception {
        loggedIn();
        answer("host.get", """
                "error": {"code": -32602, "message": "Invalid params.", "data": "Session terminated, re-login, please."}""");

        assertThatExceptionOfType(ZabbixApiException.class)
                .as("hosts() when the session has expired")
                .isThrownBy(zabbix::hosts)
                .satisfies(e -> assertThat(e.data()).as("data()").isEqualTo("Session terminated, re-login, please."));
    }

    @Test
    @DisplayName("hosts() before login is an IllegalStateException and sends nothing")
    void notLoggedIn() {
        assertThatExceptionOfType(IllegalStateException.class)
                .as("hosts() before login")
                .isThrownBy(zabbix::hosts);
        api.verify(0, postRequestedFor(urlEqualTo(RPC)));
    }

    @Test
    @DisplayName("problems() before login is an IllegalStateException too, and sends nothing")
    void problemsNotLoggedIn() {
        assertThatExceptionOfType(IllegalStateException.class)
                .as("problems() before login")
                .isThrownBy(zabbix::problems);
        api.verify(0, postRequestedFor(urlEqualTo(RPC)));
    }

    @Test
    @DisplayName("an HTTP 500 from the web server is an ApiException")
    void httpError() {
        api.stubFor(post(urlEqualTo(RPC)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/html").withBody("<h1>500 Internal Server Error</h1>")));

        assertThatExceptionOfType(ApiException.class)
                .as("login() when the web server in front of Zabbix answers 500")
                .isThrownBy(() -> zabbix.login("Admin", "zabbix"))
                .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(500));
    }
}
