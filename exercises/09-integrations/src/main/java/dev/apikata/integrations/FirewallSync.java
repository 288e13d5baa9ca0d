package dev.apikata.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apikata.course.NotDoneYet;
import dev.apikata.integrations.given.ApiClient;
import dev.apikata.integrations.given.ApiException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the firewall's allow rules in line with the IPAM's allocations. Chapter 09, section
 * "IPAM からファイアウォールへ" / "From the IPAM to the firewall".
 */
public final class FirewallSync {

    /** The services a tag on an IP address stands for, and the TCP port each one needs open. */
    public static final Map<String, Integer> SERVICE_PORTS = Map.of("https", 443, "ssh", 22, "postgresql", 5432);

    private final ApiClient ipam;
    private final ApiClient firewall;
    private final PrintStream out;

    /**
     * @param ipamUrl     the IPAM (NetBox's REST API shape), for example {@code https://netbox.example.test}
     * @param ipamToken   a NetBox API token, sent as {@code Authorization: Token <token>}
     * @param firewallUrl the firewall's management API
     * @param out         where a dry run prints its plan
     */
    public FirewallSync(URI ipamUrl, String ipamToken, URI firewallUrl, PrintStream out) {
        this.ipam = new ApiClient(ipamUrl, Map.of("Authorization", "Token " + ipamToken, "Accept", "application/json"));
        this.firewall = new ApiClient(firewallUrl, Map.of("Accept", "application/json"));
        this.out = out;
    }

    /**
     * The rules the IPAM asks for. Reads GET {@code /api/ipam/ip-addresses/?status=active} and every
     * page after it ({@code next} holds the next page's absolute URL, {@code null} on the last one).
     * An address object looks like {@code {"id": 12, "address": "10.0.1.12/24", "status": {"value":
     * "active"}, "dns_name": "web01.example.test", "tags": [{"name": "https", "slug": "https"}]}}.
     * Only {@code active} addresses count. Each tag whose slug is in {@link #SERVICE_PORTS} yields
     * the rule {@code <host>-<slug>} (the host is {@code dns_name} up to its first dot) for that one
     * address ({@code 10.0.1.12/32}: the {@code /24} is the subnet it sits in), TCP and the port.
     */
    public List<FirewallRule> desiredRules() throws IOException, InterruptedException {
        throw NotDoneYet.task("09.5");
    }

    /** The rules the firewall has now: GET {@code /api/firewall/rules}, {@code {"rules": [...]}}. */
    public List<FirewallRule> currentRules() throws IOException, InterruptedException {
        throw NotDoneYet.task("09.5");
    }

    /**
     * The difference: PUT every desired rule the firewall lacks or holds differently, DELETE every
     * current rule no allocation asks for; each list sorted by id. Equal rules are left alone.
     */
    public static FirewallPlan diff(List<FirewallRule> desired, List<FirewallRule> current) {
        throw NotDoneYet.task("09.5");
    }

    /**
     * Computes the plan and, unless {@code dryRun}, applies it: PUT {@code /api/firewall/rules/{id}}
     * with the rule as JSON for each rule to put, DELETE {@code /api/firewall/rules/{id}} for each id
     * to delete (a 404 means it is gone already, which is the goal). A dry run prints
     * {@link FirewallPlan#lines()} to {@code out}, one a line, and writes nothing.
     *
     * @return the plan, applied or not
     * @throws ApiException for a status outside 2xx (but a 404 on DELETE)
     */
    public FirewallPlan sync(boolean dryRun) throws IOException, InterruptedException {
        throw NotDoneYet.task("09.5");
    }
}
