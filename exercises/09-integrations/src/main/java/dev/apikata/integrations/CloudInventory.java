package dev.apikata.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.course.NotDoneYet;
import dev.apikata.integrations.given.ApiClient;
import dev.apikata.integrations.given.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One inventory of the virtual machines of two clouds. Chapter 09, section "マルチクラウドの一覧" /
 * "A multi-cloud inventory".
 */
public final class CloudInventory {

    /** How instances are ordered everywhere: by cloud, then by name. */
    public static final Comparator<Instance> ORDER = Comparator.comparing(Instance::cloud).thenComparing(Instance::name);

    private final URI northInstances;
    private final URI southInstances;
    private final ApiClient north;
    private final ApiClient south;

    /**
     * @param northInstances the north cloud's instance list, for example {@code https://api.north.example.test/v1/instances}
     * @param southInstances the south cloud's instance list (Google Compute Engine's shape), for example
     *                       {@code https://compute.example.test/compute/v1/projects/ops-prod/zones/asia-northeast1-b/instances}
     */
    public CloudInventory(URI northInstances, URI southInstances) {
        this.northInstances = northInstances;
        this.southInstances = southInstances;
        this.north = new ApiClient(northInstances, Map.of("Accept", "application/json"));
        this.south = new ApiClient(southInstances, Map.of("Accept", "application/json"));
    }

    /**
     * The north cloud: GET the list, a JSON array of {@code {"name": "web01", "region": "ap-northeast-1",
     * "status": "running", ...}}, then every page its {@code Link} header names with {@code rel="next"}
     * (RFC 8288: {@code <https://...?page=2>; rel="next", <https://...?page=5>; rel="last"}), until
     * there is none. Cloud {@code north}.
     */
    public List<Instance> north() throws IOException, InterruptedException {
        throw NotDoneYet.task("09.6");
    }

    /**
     * The south cloud: GET the list, {@code {"kind": "compute#instanceList", "items": [{"name": "db01",
     * "zone": "https://.../zones/asia-northeast1-b", "status": "RUNNING", ...}], "nextPageToken": "..."}},
     * then the same URL with {@code ?pageToken=<nextPageToken>} until an answer has no
     * {@code nextPageToken}. An empty page has no {@code items} at all. The region is the zone URL's
     * last segment, the state the status in lower case. Cloud {@code south}.
     */
    public List<Instance> south() throws IOException, InterruptedException {
        throw NotDoneYet.task("09.6");
    }

    /**
     * Both clouds, fetched at the same time (the two lists do not depend on each other), sorted by
     * {@link #ORDER}. When either cloud fails, so does this, with that failure (as it is or as the cause).
     */
    public List<Instance> all() throws IOException, InterruptedException {
        throw NotDoneYet.task("09.6");
    }

    /**
     * A plain-text table sorted by {@link #ORDER}: the header {@code CLOUD NAME REGION STATE}, one row
     * per instance, each column as wide as its widest cell, columns two spaces apart, no spaces at the
     * end of a line, every line ending with {@code \n}.
     */
    public static String table(List<Instance> instances) {
        throw NotDoneYet.task("09.6");
    }
}
