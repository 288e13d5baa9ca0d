package dev.apikata.http.status;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module 03, task 03.7: conditional GETs. The test server answers 304 only to the If-None-Match a
 * correct client sends; any other request finds no stub and fails the test with a report of it.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:03.7")
@DisplayName("03.7 CachingClient.get: ETag, If-None-Match and 304")
class CachingClientTest {

    private static final String CONFIG_V1 = "{\"service\": \"inventory-sync\", \"version\": 7, \"intervalSeconds\": 300}";
    private static final String CONFIG_V2 = "{\"service\": \"inventory-sync\", \"version\": 8, \"intervalSeconds\": 120}";
    private static final String TAG_V1 = "\"5f2b0c1e\"";
    private static final String TAG_V2 = "\"9a7d33b0\"";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private final CachingClient client = new CachingClient();

    private static URI uri(String path) {
        return URI.create(api.url(path));
    }

    @Test
    @DisplayName("the second GET sends If-None-Match with the ETag, and a 304 gives the cached body")
    void notModifiedGivesTheCachedBody() throws Exception {
        api.stubFor(get(urlEqualTo("/config")).withHeader("If-None-Match", absent())
                .willReturn(okJson(CONFIG_V1).withHeader("ETag", TAG_V1)));
        api.stubFor(get(urlEqualTo("/config")).withHeader("If-None-Match", equalTo(TAG_V1)).willReturn(status(304)));

        String first = client.get(uri("/config"));
        String second = client.get(uri("/config"));

        assertThat(List.of(first, second)).as("the bodies of two GETs, the second answered 304").containsExactly(CONFIG_V1, CONFIG_V1);
        api.verify(1, getRequestedFor(urlEqualTo("/config")).withHeader("If-None-Match", absent()));
        api.verify(1, getRequestedFor(urlEqualTo("/config")).withHeader("If-None-Match", equalTo(TAG_V1)));
    }

    @Test
    @DisplayName("a changed resource answers 200 with a new ETag: the new body, and the new tag next time")
    void changedResourceReplacesTheCache() throws Exception {
        api.stubFor(get(urlEqualTo("/config")).withHeader("If-None-Match", absent())
                .willReturn(okJson(CONFIG_V1).withHeader("ETag", TAG_V1)));
        api.stubFor(get(urlEqualTo("/config")).withHeader("If-None-Match", equalTo(TAG_V1))
                .willReturn(okJson(CONFIG_V2).withHeader("ETag", TAG_V2)));
        api.stubFor(get(urlEqualTo("/config")).withHeader("If-None-Match", equalTo(TAG_V2)).willReturn(status(304)));

        List<String> bodies = List.of(client.get(uri("/config")), client.get(uri("/config")), client.get(uri("/config")));

        assertThat(bodies).as("the bodies of three GETs: v1, v2 (changed), v2 (304)").containsExactly(CONFIG_V1, CONFIG_V2, CONFIG_V2);
        api.verify(1, getRequestedFor(urlEqualTo("/config")).withHeader("If-None-Match", equalTo(TAG_V2)));
    }

    @Test
    @DisplayName("a weak ETag goes back exactly as it came, W/ and quotes included")
    void weakTagIsSentUnchanged() throws Exception {
        String weak = "W/\"config-7\"";
        api.stubFor(get(urlEqualTo("/config")).withHeader("If-None-Match", absent())
                .willReturn(okJson(CONFIG_V1).withHeader("ETag", weak)));
        api.stubFor(get(urlEqualTo("/config")).withHeader("If-None-Match", equalTo(weak)).willReturn(status(304)));

        client.get(uri("/config"));

        assertThat(client.get(uri("/config"))).as("the body after a 304 to If-None-Match: " + weak).isEqualTo(CONFIG_V1);
        api.verify(1, getRequestedFor(urlEqualTo("/config")).withHeader("If-None-Match", equalTo(weak)));
    }

    @Test
    @DisplayName("an answer without ETag is not cached: the next GET is unconditional")
    void noTagNoCondition() throws Exception {
        api.stubFor(get(urlEqualTo("/config")).inScenario("no tag").whenScenarioStateIs(Scenario.STARTED)
                .withHeader("If-None-Match", absent()).willReturn(okJson(CONFIG_V1)).willSetStateTo("changed"));
        api.stubFor(get(urlEqualTo("/config")).inScenario("no tag").whenScenarioStateIs("changed")
                .withHeader("If-None-Match", absent()).willReturn(okJson(CONFIG_V2)));

        List<String> bodies = List.of(client.get(uri("/config")), client.get(uri("/config")));

        assertThat(bodies).as("the bodies of two GETs without any ETag").containsExactly(CONFIG_V1, CONFIG_V2);
        api.verify(2, getRequestedFor(urlEqualTo("/config")).withHeader("If-None-Match", absent()));
    }

    @Test
    @DisplayName("after a 200 without ETag the old tag is forgotten: the next GET is unconditional")
    void answerWithoutTagForgetsTheOldTag() throws Exception {
        api.stubFor(get(urlEqualTo("/config")).inScenario("tag dropped").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(CONFIG_V1).withHeader("ETag", TAG_V1)).willSetStateTo("no tag"));
        api.stubFor(get(urlEqualTo("/config")).inScenario("tag dropped").whenScenarioStateIs("no tag")
                .willReturn(okJson(CONFIG_V2)));

        List<String> bodies = List.of(client.get(uri("/config")), client.get(uri("/config")), client.get(uri("/config")));

        assertThat(bodies).as("the bodies: v1 with an ETag, then v2 twice without one").containsExactly(CONFIG_V1, CONFIG_V2, CONFIG_V2);
        api.verify(1, getRequestedFor(urlEqualTo("/config")).withHeader("If-None-Match", equalTo(TAG_V1)));
        api.verify(2, getRequestedFor(urlEqualTo("/config")).withHeader("If-None-Match", absent()));
    }

    @Test
    @DisplayName("each URI has its own cache entry and its own tag")
    void oneEntryPerUri() throws Exception {
        api.stubFor(get(urlEqualTo("/config/web")).withHeader("If-None-Match", absent())
                .willReturn(okJson(CONFIG_V1).withHeader("ETag", TAG_V1)));
        api.stubFor(get(urlEqualTo("/config/db")).withHeader("If-None-Match", absent())
                .willReturn(okJson(CONFIG_V2).withHeader("ETag", TAG_V2)));
        api.stubFor(get(urlEqualTo("/config/web")).withHeader("If-None-Match", equalTo(TAG_V1)).willReturn(status(304)));

        client.get(uri("/config/web"));
        client.get(uri("/config/db"));

        assertThat(client.get(uri("/config/web"))).as("/config/web after 304, with /config/db fetched in between").isEqualTo(CONFIG_V1);
        api.verify(1, getRequestedFor(urlEqualTo("/config/web")).withHeader("If-None-Match", equalTo(TAG_V1)));
    }

    @Test
    @DisplayName("404 is a NotFoundException")
    void notFoundIsAnException() {
        api.stubFor(get(urlEqualTo("/config/gone")).willReturn(notFound().withBody("{}")));

        assertThatExceptionOfType(NotFoundException.class)
                .as("get(/config/gone) when the server answers 404")
                .isThrownBy(() -> client.get(uri("/config/gone")));
    }
}
