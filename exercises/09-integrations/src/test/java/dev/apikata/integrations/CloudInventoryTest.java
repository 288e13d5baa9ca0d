package dev.apikata.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import dev.apikata.integrations.given.ApiException;
import java.net.URI;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module 09, task 09.6: one inventory from two clouds. The south cloud is shaped as Google Compute
 * Engine's {@code instances.list} documents it (API v1: {@code items}, {@code nextPageToken} answered
 * by {@code pageToken}, zone as a URL, status in capitals, no {@code items} on an empty page); the
 * north cloud pages with an RFC 8288 {@code Link} header, as GitHub's REST API does.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:09.6")
@DisplayName("09.6 CloudInventory: two clouds, two paging styles, one sorted table")
class CloudInventoryTest {

    private static final String NORTH = "/north/v1/instances";
    private static final String SOUTH = "/south/compute/v1/projects/ops-prod/zones/asia-northeast1-b/instances";
    private static final String ZONE_URL = "https://compute.example.test/compute/v1/projects/ops-prod/zones/asia-northeast1-b";
    /** Long enough that two requests sent one after the other cannot overlap, short enough for a quick test. */
    private static final int SLOW_MS = 700;

    private static final String NORTH_PAGE_1 = """
            [{"name": "web02", "region": "ap-northeast-1", "status": "running", "private_ip": "10.0.1.13"},
             {"name": "batch01", "region": "ap-northeast-1", "status": "stopped", "private_ip": "10.0.3.5"}]""";
    private static final String NORTH_PAGE_2 = """
            [{"name": "web01", "region": "ap-northeast-3", "status": "running", "private_ip": "10.0.1.12"}]""";
    private static final String SOUTH_PAGE_1 = """
            {"kind": "compute#instanceList", "id": "projects/ops-prod/zones/asia-northeast1-b/instances",
             "items": [{"kind": "compute#instance", "id": "4567", "name": "db01", "zone": "%s", "status": "RUNNING",
                        "machineType": "%s/machineTypes/e2-standard-4"}],
             "nextPageToken": "Cgdk+YjAx/GQ=="}""".formatted(ZONE_URL, ZONE_URL);
    private static final String SOUTH_PAGE_2 = """
            {"kind": "compute#instanceList", "id": "projects/ops-prod/zones/asia-northeast1-b/instances",
             "items": [{"kind": "compute#instance", "id": "4568", "name": "cache01", "zone": "%s", "status": "TERMINATED"}]}"""
            .formatted(ZONE_URL);

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private final CloudInventory inventory = new CloudInventory(URI.create(api.url(NORTH)), URI.create(api.url(SOUTH)));

    private void northHasTwoPages(int delayMs) {
        api.stubFor(get(urlPathEqualTo(NORTH)).withQueryParam("page", absent()).willReturn(okJson(NORTH_PAGE_1)
                .withHeader("Link", "<" + api.url(NORTH + "?page=9") + ">; rel=\"last\", <" + api.url(NORTH + "?page=2") + ">; rel=\"next\"")
                .withFixedDelay(delayMs)));
        // The last page: a Link header without rel="next".
        api.stubFor(get(urlPathEqualTo(NORTH)).withQueryParam("page", equalTo("2")).willReturn(okJson(NORTH_PAGE_2)
                .withHeader("Link", "<" + api.url(NORTH) + ">; rel=\"first\", <" + api.url(NORTH) + ">; rel=\"prev\"")));
    }

    private void southHasTwoPages(int delayMs) {
        api.stubFor(get(urlPathEqualTo(SOUTH)).withQueryParam("pageToken", absent()).willReturn(okJson(SOUTH_PAGE_1).withFixedDelay(delayMs)));
        api.stubFor(get(urlPathEqualTo(SOUTH)).withQueryParam("pageToken", equalTo("Cgdk+YjAx/GQ==")).willReturn(okJson(SOUTH_PAGE_2)));
    }

    @Test
    @DisplayName("north() follows the Link header's rel=\"next\", wherever it stands, until there is none")
    void northFollowsLink() throws Exception {
        northHasTwoPages(0);

        assertThat(inventory.north()).as("north()").containsExactly(
                new Instance("north", "web02", "ap-northeast-1", "running"),
                new Instance("north", "batch01", "ap-northeast-1", "stopped"),
                new Instance("north", "web01", "ap-northeast-3", "running"));
        api.verify(2, getRequestedFor(urlPathEqualTo(NORTH)));
    }

    @Test
    @DisplayName("north() resolves a relative next link against the page it came from")
    void northRelativeLink() throws Exception {
        api.stubFor(get(urlPathEqualTo(NORTH)).withQueryParam("page", absent())
                .willReturn(okJson(NORTH_PAGE_1).withHeader("Link", "<instances?page=2>; rel=\"next\"")));
        api.stubFor(get(urlPathEqualTo(NORTH)).withQueryParam("page", equalTo("2")).willReturn(okJson(NORTH_PAGE_2)));

        assertThat(inventory.north()).as("north() with Link: <instances?page=2>; rel=\"next\"").hasSize(3);
    }

    @Test
    @DisplayName("south() sends nextPageToken back as pageToken (encoded), takes the zone's last segment and lower-cases the status")
    void southFollowsToken() throws Exception {
        southHasTwoPages(0);

        assertThat(inventory.south()).as("south()").containsExactly(
                new Instance("south", "db01", "asia-northeast1-b", "running"),
                new Instance("south", "cache01", "asia-northeast1-b", "terminated"));
        api.verify(2, getRequestedFor(urlPathEqualTo(SOUTH)));
    }

    @Test
    @DisplayName("south() reads a page without items (how an empty zone answers) as no instances")
    void southEmpty() throws Exception {
        api.stubFor(get(urlPathEqualTo(SOUTH)).willReturn(okJson("""
                {"kind": "compute#instanceList", "id": "projects/ops-prod/zones/asia-northeast1-b/instances"}""")));

        assertThat(inventory.south()).as("south() for an empty zone").isEmpty();
    }

    @Test
    @DisplayName("all() asks both clouds at the same time: the second request arrives while the first is still slow")
    void allIsConcurrent() throws Exception {
        northHasTwoPages(SLOW_MS);
        southHasTwoPages(SLOW_MS);

        List<Instance> all = inventory.all();

        assertThat(all).as("all()").hasSize(5);
        long northStart = firstPageStart(NORTH);
        long southStart = firstPageStart(SOUTH);
        assertThat(Math.abs(northStart - southStart))
                .as("milliseconds between the first requests to the two clouds (each answers after %d ms;"
                        + " one after the other would be at least that far apart)", SLOW_MS)
                .isLessThan(SLOW_MS);
    }

    @Test
    @DisplayName("all() is sorted by cloud, then name")
    void allIsSorted() throws Exception {
        northHasTwoPages(0);
        southHasTwoPages(0);

        assertThat(inventory.all()).as("all()").extracting(vm -> vm.cloud() + "/" + vm.name())
                .containsExactly("north/batch01", "north/web01", "north/web02", "south/cache01", "south/db01");
    }

    @Test
    @DisplayName("all() fails with the failing cloud's ApiException (as it is or as the cause)")
    void oneCloudFails() {
        northHasTwoPages(0);
        api.stubFor(get(urlPathEqualTo(SOUTH)).willReturn(serverError().withBody("backend unavailable")));

        assertThatThrownBy(inventory::all).as("all() when the south cloud answers 500")
                .satisfiesAnyOf(
                        e -> assertThat(e).isInstanceOf(ApiException.class),
                        e -> assertThat(e.getCause()).isInstanceOf(ApiException.class))
                .satisfies(e -> assertThat(e instanceof ApiException ? e : e.getCause())
                        .asInstanceOf(InstanceOfAssertFactories.type(ApiException.class))
                        .extracting(ApiException::statusCode).isEqualTo(500));
    }

    @Test
    @DisplayName("table() pads each column to its widest cell, two spaces apart, sorted, no trailing spaces")
    void table() {
        String table = CloudInventory.table(List.of(
                new Instance("south", "db01", "asia-northeast1-b", "running"),
                new Instance("north", "web01", "ap-northeast-3", "running"),
                new Instance("north", "batch01", "ap-northeast-1", "stopped")));

        assertThat(table).as("table(...)").isEqualTo("""
                CLOUD  NAME     REGION             STATE
                north  batch01  ap-northeast-1     stopped
                north  web01    ap-northeast-3     running
                south  db01     asia-northeast1-b  running
                """);
    }

    @Test
    @DisplayName("table() counts the header as a cell: a column whose title is wider than its values is as wide as the title")
    void tableHeaderIsACell() {
        String table = CloudInventory.table(List.of(new Instance("south", "gw1", "asia-northeast1-b", "up")));

        assertThat(table).as("table(...) of one instance named gw1, state up").isEqualTo("""
                CLOUD  NAME  REGION             STATE
                south  gw1   asia-northeast1-b  up
                """);
    }

    private static long firstPageStart(String path) {
        return api.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(request -> request.getUrl().equals(path))
                .mapToLong(request -> request.getLoggedDate().getTime())
                .min().orElseThrow(() -> new AssertionError("no request to " + path));
    }
}
