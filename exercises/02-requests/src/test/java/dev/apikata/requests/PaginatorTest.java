package dev.apikata.requests;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.apikata.course.ExerciseApi;
import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Module 02, tasks 02.8 and 02.9: every item of a paged collection, each page requested once.
 * Each page answers with items the test makes up (vm-1, vm-2...), so the result shows which pages
 * were read and in which order; the server's request journal shows which were requested.
 */
@ExtendWith(LearnerFeedback.class)
@DisplayName("Paginator")
class PaginatorTest {

    /** An item of the test's collections; fields the record does not declare are ignored. */
    record Vm(String id, String status) {
    }

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private Paginator paginator;

    @BeforeEach
    void newPaginator() {
        paginator = new Paginator(HttpClient.newHttpClient());
    }

    /** A JSON array of the VMs numbered {@code from} to {@code to}, with a field Vm does not declare. */
    private static String vms(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(n -> "{\"id\": \"vm-" + n + "\", \"status\": \"RUNNING\", \"zone\": \"tokyo-1\"}")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static List<Vm> vmList(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(n -> new Vm("vm-" + n, "RUNNING")).toList();
    }

    private static ResponseDefinitionBuilder page(String items, String... links) {
        ResponseDefinitionBuilder page = okJson(items);
        return links.length == 0 ? page : page.withHeader("Link", links);
    }

    @Nested
    @Tag("task:02.8")
    @DisplayName("02.8 followLinks: Link: <...>; rel=\"next\"")
    class FollowLinks {

        @Test
        @DisplayName("follows rel=\"next\" through three pages and collects every item in order")
        void threePages() throws Exception {
            api.stubFor(get(urlEqualTo("/vms")).willReturn(page(vms(1, 3),
                    "<" + api.url("/vms?page=2") + ">; rel=\"next\", <" + api.url("/vms?page=3") + ">; rel=\"last\"")));
            api.stubFor(get(urlEqualTo("/vms?page=2")).willReturn(page(vms(4, 6),
                    "<" + api.url("/vms") + ">; rel=\"prev\", <" + api.url("/vms?page=3") + ">; rel=\"next\"")));
            api.stubFor(get(urlEqualTo("/vms?page=3")).willReturn(page(vms(7, 8),
                    "<" + api.url("/vms?page=2") + ">; rel=\"prev\", <" + api.url("/vms") + ">; rel=\"first\"")));

            List<Vm> all = paginator.followLinks(URI.create(api.url("/vms")), Vm.class);

            assertThat(all).as("followLinks(/vms) over three pages").containsExactlyElementsOf(vmList(1, 8));
            api.verify(1, getRequestedFor(urlEqualTo("/vms")).withHeader("Accept", containing("application/json")));
            api.verify(1, getRequestedFor(urlEqualTo("/vms?page=2")));
            api.verify(1, getRequestedFor(urlEqualTo("/vms?page=3")));
        }

        @Test
        @DisplayName("a relative link is resolved against the page that sent it, not against the first page")
        void relativeLink() throws Exception {
            api.stubFor(get(urlEqualTo("/cloud/v1/vms")).willReturn(page(vms(1, 2),
                    "</cloud/v1/zones/tokyo-1/vms?page=2>; rel=\"next\"")));
            api.stubFor(get(urlEqualTo("/cloud/v1/zones/tokyo-1/vms?page=2")).willReturn(page(vms(3, 3),
                    "<vms?page=3>; rel=\"next\"")));
            api.stubFor(get(urlEqualTo("/cloud/v1/zones/tokyo-1/vms?page=3")).willReturn(page(vms(4, 4))));

            List<Vm> all = paginator.followLinks(URI.create(api.url("/cloud/v1/vms")), Vm.class);

            assertThat(all).as("followLinks(/cloud/v1/vms) with the links </cloud/v1/zones/tokyo-1/vms?page=2>, then <vms?page=3>")
                    .containsExactlyElementsOf(vmList(1, 4));
            api.verify(1, getRequestedFor(urlEqualTo("/cloud/v1/zones/tokyo-1/vms?page=3")));
        }

        @Test
        @DisplayName("a comma inside a link's URL belongs to the URL")
        void commaInsideLink() throws Exception {
            api.stubFor(get(urlEqualTo("/vms")).willReturn(page(vms(1, 1),
                    "<" + api.url("/vms?fields=id,status&page=2") + ">; rel=\"next\", <" + api.url("/vms?page=9") + ">; rel=\"last\"")));
            api.stubFor(get(urlEqualTo("/vms?fields=id,status&page=2")).willReturn(page(vms(2, 2))));

            List<Vm> all = paginator.followLinks(URI.create(api.url("/vms")), Vm.class);

            assertThat(all).as("followLinks(/vms) whose next link is <.../vms?fields=id,status&page=2>")
                    .containsExactlyElementsOf(vmList(1, 2));
        }

        @Test
        @DisplayName("rel=next without quotes, and rel=\"prev next\", are next links too")
        void relWithoutQuotes() throws Exception {
            api.stubFor(get(urlEqualTo("/vms")).willReturn(page(vms(1, 1), "<" + api.url("/vms?page=2") + ">; rel=next")));
            api.stubFor(get(urlEqualTo("/vms?page=2")).willReturn(page(vms(2, 2),
                    "<" + api.url("/vms?page=3") + ">; rel=\"prev next\"")));
            api.stubFor(get(urlEqualTo("/vms?page=3")).willReturn(page(vms(3, 3))));

            List<Vm> all = paginator.followLinks(URI.create(api.url("/vms")), Vm.class);

            assertThat(all).as("followLinks(/vms) whose links read rel=next, then rel=\"prev next\"")
                    .containsExactlyElementsOf(vmList(1, 3));
        }

        @Test
        @DisplayName("REL=\"Next\" is a next link too: parameter names and relation types ignore case")
        void relIgnoresCase() throws Exception {
            api.stubFor(get(urlEqualTo("/vms")).willReturn(page(vms(1, 1), "<" + api.url("/vms?page=2") + ">; REL=\"Next\"")));
            api.stubFor(get(urlEqualTo("/vms?page=2")).willReturn(page(vms(2, 2))));

            List<Vm> all = paginator.followLinks(URI.create(api.url("/vms")), Vm.class);

            assertThat(all).as("followLinks(/vms) whose link reads REL=\"Next\"").containsExactlyElementsOf(vmList(1, 2));
        }

        @Test
        @DisplayName("the next link may come in a second Link header line")
        void secondLinkHeader() throws Exception {
            api.stubFor(get(urlEqualTo("/vms")).willReturn(page(vms(1, 1),
                    "<" + api.url("/vms") + ">; rel=\"first\"",
                    "<" + api.url("/vms?page=2") + ">; rel=\"next\"; title=\"page 2\"")));
            api.stubFor(get(urlEqualTo("/vms?page=2")).willReturn(page(vms(2, 2))));

            List<Vm> all = paginator.followLinks(URI.create(api.url("/vms")), Vm.class);

            assertThat(all).as("followLinks(/vms) whose response has two Link headers, first and next")
                    .containsExactlyElementsOf(vmList(1, 2));
        }

        @Test
        @DisplayName("without rel=\"next\" it stops, even when first, prev and last links are there")
        void otherRelationsAreNotNext() throws Exception {
            api.stubFor(get(urlEqualTo("/vms?page=2")).willReturn(page(vms(4, 6),
                    "<" + api.url("/vms") + ">; rel=\"first\", <" + api.url("/vms") + ">; rel=\"prev\", <"
                            + api.url("/vms?page=2") + ">; rel=\"last\"")));

            List<Vm> all = paginator.followLinks(URI.create(api.url("/vms?page=2")), Vm.class);

            assertThat(all).as("followLinks(/vms?page=2), the last page").containsExactlyElementsOf(vmList(4, 6));
            api.verify(0, getRequestedFor(urlEqualTo("/vms")));
        }

        @Test
        @DisplayName("an empty page ends it, even with a next link")
        void emptyPageStops() throws Exception {
            api.stubFor(get(urlEqualTo("/vms")).willReturn(page(vms(1, 2), "<" + api.url("/vms?page=2") + ">; rel=\"next\"")));
            api.stubFor(get(urlEqualTo("/vms?page=2")).willReturn(page("[]", "<" + api.url("/vms?page=3") + ">; rel=\"next\"")));

            List<Vm> all = paginator.followLinks(URI.create(api.url("/vms")), Vm.class);

            assertThat(all).as("followLinks(/vms) whose second page is []").containsExactlyElementsOf(vmList(1, 2));
            api.verify(0, getRequestedFor(urlEqualTo("/vms?page=3")));
        }

        @Test
        @Timeout(30) // following the loop would never end
        @DisplayName("a next link back to a page already read ends it: no page is requested twice")
        void loopStops() throws Exception {
            api.stubFor(get(urlEqualTo("/vms")).willReturn(page(vms(1, 2), "<" + api.url("/vms?page=2") + ">; rel=\"next\"")));
            api.stubFor(get(urlEqualTo("/vms?page=2")).willReturn(page(vms(3, 4), "<" + api.url("/vms") + ">; rel=\"next\"")));

            List<Vm> all = paginator.followLinks(URI.create(api.url("/vms")), Vm.class);

            assertThat(all).as("followLinks(/vms) whose second page links back to the first")
                    .containsExactlyElementsOf(vmList(1, 4));
            api.verify(1, getRequestedFor(urlEqualTo("/vms")));
            api.verify(1, getRequestedFor(urlEqualTo("/vms?page=2")));
        }

        @Test
        @DisplayName("an error on page 2 is an UnexpectedStatusException, not half of the collection")
        void errorOnAPage() {
            api.stubFor(get(urlEqualTo("/vms")).willReturn(page(vms(1, 2), "<" + api.url("/vms?page=2") + ">; rel=\"next\"")));
            api.stubFor(get(urlEqualTo("/vms?page=2")).willReturn(status(503).withBody("{\"error\": \"busy\"}")));

            assertThatExceptionOfType(UnexpectedStatusException.class)
                    .as("followLinks(/vms) when page 2 answers 503")
                    .isThrownBy(() -> paginator.followLinks(URI.create(api.url("/vms")), Vm.class))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(503));
        }

        @Test
        @DisplayName("a 404 at the next link is an UnexpectedStatusException, not the end of the collection")
        void notFoundOnTheNextPage() {
            api.stubFor(get(urlEqualTo("/vms")).willReturn(page(vms(1, 2), "<" + api.url("/vms?page=2") + ">; rel=\"next\"")));
            api.stubFor(get(urlEqualTo("/vms?page=2")).willReturn(status(404).withBody("{\"error\": \"no such page\"}")));

            assertThatExceptionOfType(UnexpectedStatusException.class)
                    .as("followLinks(/vms) when the page its next link names answers 404")
                    .isThrownBy(() -> paginator.followLinks(URI.create(api.url("/vms")), Vm.class))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(404));
        }
    }

    @Nested
    @Tag("task:02.9")
    @DisplayName("02.9 byPageNumber: ?_page=1, 2, 3...")
    class ByPageNumber {

        @Test
        @DisplayName("requests _page=1, 2, 3 and 4, keeps the query it was given, and stops at the empty page")
        void pagesUntilEmpty() throws Exception {
            for (int page = 1; page <= 3; page++) {
                api.stubFor(get(urlPathEqualTo("/posts")).withQueryParam("userId", equalTo("1"))
                        .withQueryParam("_limit", equalTo("3")).withQueryParam("_page", equalTo(String.valueOf(page)))
                        .willReturn(okJson(vms(page * 3 - 2, page * 3))));
            }
            api.stubFor(get(urlPathEqualTo("/posts")).withQueryParam("userId", equalTo("1"))
                    .withQueryParam("_limit", equalTo("3")).withQueryParam("_page", equalTo("4"))
                    .willReturn(okJson("[]")));

            List<Vm> all = paginator.byPageNumber(URI.create(api.url("/posts?userId=1&_limit=3")), "_page", Vm.class);

            assertThat(all).as("byPageNumber(/posts?userId=1&_limit=3, \"_page\") over three pages and an empty one")
                    .containsExactlyElementsOf(vmList(1, 9));
            for (int page = 1; page <= 4; page++) {
                api.verify(1, getRequestedFor(urlPathEqualTo("/posts")).withQueryParam("_page", equalTo(String.valueOf(page)))
                        .withHeader("Accept", containing("application/json")));
            }
            assertThat(api.findAll(anyRequestedFor(anyUrl()))).as("requests sent").hasSize(4);
        }

        @Test
        @DisplayName("a short page is not the end: the API may serve fewer items than asked for")
        void shortPageIsNotTheEnd() throws Exception {
            api.stubFor(get(urlPathEqualTo("/vms")).withQueryParam("page", equalTo("1")).willReturn(okJson(vms(1, 5))));
            api.stubFor(get(urlPathEqualTo("/vms")).withQueryParam("page", equalTo("2")).willReturn(okJson(vms(6, 7))));
            api.stubFor(get(urlPathEqualTo("/vms")).withQueryParam("page", equalTo("3")).willReturn(okJson(vms(8, 10))));
            api.stubFor(get(urlPathEqualTo("/vms")).withQueryParam("page", equalTo("4")).willReturn(okJson("[]")));

            List<Vm> all = paginator.byPageNumber(URI.create(api.url("/vms")), "page", Vm.class);

            assertThat(all).as("byPageNumber(/vms, \"page\") whose pages hold 5, 2 and 3 items")
                    .containsExactlyElementsOf(vmList(1, 10));
        }

        @Test
        @DisplayName("an empty first page gives an empty list after one request")
        void emptyCollection() throws Exception {
            api.stubFor(get(urlPathEqualTo("/vms")).withQueryParam("page", equalTo("1")).willReturn(okJson("[]")));

            assertThat(paginator.byPageNumber(URI.create(api.url("/vms")), "page", Vm.class))
                    .as("byPageNumber(/vms, \"page\") of an empty collection").isEmpty();
            api.verify(1, getRequestedFor(urlPathEqualTo("/vms")));
        }

        @Test
        @Timeout(30) // following the pages would never end
        @DisplayName("an API that ignores the page parameter is an IllegalStateException, not an endless loop")
        void ignoredParameter() {
            api.stubFor(get(urlPathEqualTo("/vms")).withQueryParam("page", equalTo("1")).willReturn(okJson(vms(1, 2))));
            api.stubFor(get(urlPathEqualTo("/vms")).withQueryParam("page", equalTo("2")).willReturn(okJson(vms(1, 2))));

            assertThatExceptionOfType(IllegalStateException.class)
                    .as("byPageNumber(/vms, \"page\") when every page holds the same items")
                    .isThrownBy(() -> paginator.byPageNumber(URI.create(api.url("/vms")), "page", Vm.class));
            api.verify(1, getRequestedFor(urlPathEqualTo("/vms")).withQueryParam("page", equalTo("2")));
        }

        @Test
        @DisplayName("an error on page 2 is an UnexpectedStatusException, not half of the collection")
        void errorOnAPage() {
            api.stubFor(get(urlPathEqualTo("/vms")).withQueryParam("page", equalTo("1")).willReturn(okJson(vms(1, 2))));
            api.stubFor(get(urlPathEqualTo("/vms")).withQueryParam("page", equalTo("2")).willReturn(status(500)));

            assertThatExceptionOfType(UnexpectedStatusException.class)
                    .as("byPageNumber(/vms, \"page\") when page 2 answers 500")
                    .isThrownBy(() -> paginator.byPageNumber(URI.create(api.url("/vms")), "page", Vm.class))
                    .satisfies(e -> assertThat(e.statusCode()).as("statusCode()").isEqualTo(500));
        }
    }
}
