package dev.apikata.mock.integrations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.StringJoiner;

/**
 * Cloud inventories with different JSON shapes and paging styles, to merge into one list: cloud A
 * pages with an opaque {@code NextToken} in the body (AWS style, chapter 02), and module 09's two
 * clouds: north with page numbers and an RFC 8288 {@code Link} header (GitHub style), south as
 * Google Compute Engine v1's {@code instances.list} with {@code items} and {@code nextPageToken}.
 */
final class CloudInventories {

    static final int CLOUD_A_INSTANCES = 23;
    static final int NORTH_PER_PAGE = 5;
    /** name, region, status, private IP. */
    static final List<String[]> NORTH_INSTANCES = List.of(
            new String[] {"web01", "ap-northeast-1", "running", "10.1.1.11"}, new String[] {"web02", "ap-northeast-1", "running", "10.1.1.12"},
            new String[] {"web03", "ap-northeast-3", "running", "10.1.1.13"}, new String[] {"api01", "ap-northeast-1", "running", "10.1.2.11"},
            new String[] {"api02", "ap-northeast-3", "stopped", "10.1.2.12"}, new String[] {"batch01", "ap-northeast-1", "stopped", "10.1.3.5"},
            new String[] {"batch02", "ap-northeast-1", "running", "10.1.3.6"}, new String[] {"cache01", "ap-northeast-1", "running", "10.1.4.11"},
            new String[] {"mq01", "ap-northeast-3", "running", "10.1.5.11"}, new String[] {"bastion01", "ap-northeast-1", "running", "10.1.0.5"},
            new String[] {"ci01", "ap-northeast-1", "terminated", "10.1.6.11"}, new String[] {"log01", "ap-northeast-3", "running", "10.1.7.11"});
    static final String SOUTH_PROJECT = "ops-prod";
    /** asia-northeast1-c has no instances: its list has no items at all. */
    static final List<String> SOUTH_ZONES = List.of("asia-northeast1-b", "asia-northeast1-c");
    /** name, zone, status, id, machine type, network IP. */
    static final List<String[]> SOUTH_INSTANCES = List.of(
            new String[] {"db01", "asia-northeast1-b", "RUNNING", "4567000000000000001", "e2-standard-4", "10.2.2.21"},
            new String[] {"db02", "asia-northeast1-b", "RUNNING", "4567000000000000002", "e2-standard-4", "10.2.2.22"},
            new String[] {"cache01", "asia-northeast1-b", "TERMINATED", "4567000000000000003", "e2-medium", "10.2.3.31"},
            new String[] {"web01", "asia-northeast1-b", "RUNNING", "4567000000000000004", "e2-medium", "10.2.1.11"},
            new String[] {"web02", "asia-northeast1-b", "STOPPING", "4567000000000000005", "e2-medium", "10.2.1.12"},
            new String[] {"etl01", "asia-northeast1-b", "SUSPENDED", "4567000000000000006", "e2-highmem-2", "10.2.4.11"},
            new String[] {"gw01", "asia-northeast1-b", "RUNNING", "4567000000000000007", "e2-small", "10.2.0.5"});
    private static final String[] ROLES = {"web", "app", "db", "cache", "batch"};

    List<Route> routes() {
        return List.of(
                Route.get("/cloud-a/instances", "Cloud A (AWS-like): instances, paged by MaxResults and NextToken", this::cloudA)
                        .query("MaxResults", "NextToken").statuses(200, 400).returns(200, "CloudAPage").returns(400, "AwsError")
                        .example("/cloud-a/instances?MaxResults=10"),
                Route.get("/north/v1/instances", "North cloud: instances, paged by page and per_page with an RFC 8288 Link header", this::north)
                        .query("page", "per_page").statuses(200, 400).returns(200, "NorthInstanceList")
                        .example("/north/v1/instances?page=1&per_page=5"),
                Route.get("/south/compute/v1/projects/{project}/zones/{zone}/instances",
                                "South cloud (Compute Engine v1 instances.list): items, paged by maxResults and pageToken", this::south)
                        .query("maxResults", "pageToken").statuses(200, 400, 404).returns(200, "ComputeInstanceList")
                        .returns(400, "ComputeError").returns(404, "ComputeError")
                        .example("/south/compute/v1/projects/ops-prod/zones/asia-northeast1-b/instances?maxResults=3"));
    }

    private ResponseDefinition cloudA(KitRequest request) {
        int max = request.intParam("MaxResults", 10);
        if (max < 5 || max > 1000) {
            return awsError("InvalidParameterValue", "MaxResults must be between 5 and 1000");
        }
        int start = 0;
        String token = request.queryParam("NextToken").orElse(null);
        if (token != null) {
            try {
                start = Integer.parseInt(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).replace("offset:", ""));
            } catch (IllegalArgumentException e) {
                start = -1;
            }
            if (start < 0 || start > CLOUD_A_INSTANCES) {
                return awsError("InvalidParameterValue", "Invalid NextToken: " + token);
            }
        }
        ObjectNode body = Json.object();
        ArrayNode instances = body.putArray("Instances");
        int end = Math.min(CLOUD_A_INSTANCES, start + max);
        for (int i = start; i < end; i++) {
            ObjectNode instance = instances.addObject()
                    .put("InstanceId", String.format("i-0a1b2c3d4e5f%05d", i + 1))
                    .put("InstanceType", i % 3 == 0 ? "t3.large" : "t3.medium")
                    .put("PrivateIpAddress", "10.10." + (i / 10) + "." + (10 + i % 10))
                    .put("LaunchTime", String.format("2023-01-%02dT09:00:00Z", 1 + i % 28));
            instance.putObject("State").put("Name", i % 7 == 6 ? "stopped" : "running");
            instance.putObject("Placement").put("AvailabilityZone", i % 2 == 0 ? "ap-northeast-1a" : "ap-northeast-1c");
            ArrayNode tags = instance.putArray("Tags");
            tags.addObject().put("Key", "Name").put("Value", String.format("a-%s-%02d", ROLES[i % ROLES.length], i + 1));
            tags.addObject().put("Key", "Role").put("Value", ROLES[i % ROLES.length]);
        }
        if (end < CLOUD_A_INSTANCES) {
            body.put("NextToken", Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + end).getBytes(StandardCharsets.UTF_8)));
        }
        return Reply.ok(body);
    }

    /** North: a JSON array per page, {@code page} and {@code per_page}, the other pages named in a {@code Link} header. */
    private ResponseDefinition north(KitRequest request) {
        long perPage = request.longParam("per_page", NORTH_PER_PAGE);
        long page = request.longParam("page", 1);
        if (perPage < 1 || perPage > 100 || page < 1) {
            return Reply.error(400, "bad_request", "page must be >= 1 and per_page between 1 and 100");
        }
        long last = Math.max(1, (NORTH_INSTANCES.size() + perPage - 1) / perPage);
        ArrayNode instances = Json.array();
        // A page past the last is empty; long arithmetic, so page=2147483647 does not overflow.
        long first = page > last ? NORTH_INSTANCES.size() : (page - 1) * perPage;
        for (int i = (int) first; i < Math.min(NORTH_INSTANCES.size(), first + perPage); i++) {
            String[] vm = NORTH_INSTANCES.get(i);
            instances.addObject().put("name", vm[0]).put("region", vm[1]).put("status", vm[2]).put("private_ip", vm[3])
                    .put("instance_type", i % 3 == 0 ? "standard.large" : "standard.medium");
        }
        StringJoiner links = new StringJoiner(", ");
        String base = request.baseUrl() + "/north/v1/instances?per_page=" + perPage + "&page=";
        if (page < last) {
            links.add("<" + base + (page + 1) + ">; rel=\"next\"");
        }
        if (page > 1) {
            links.add("<" + base + Math.min(page - 1, last) + ">; rel=\"prev\"");
        }
        links.add("<" + base + "1>; rel=\"first\"");
        links.add("<" + base + last + ">; rel=\"last\"");
        return Reply.status(200).header("Link", links.toString()).json(instances);
    }

    /**
     * South: Compute Engine's {@code instances.list} for one zone. {@code maxResults} (0 to 500,
     * default 500) sizes a page; {@code nextPageToken} names the next one until the last page,
     * which has none; a zone without instances answers without {@code items}.
     */
    private ResponseDefinition south(KitRequest request) {
        String project = request.pathParam("project");
        String zone = request.pathParam("zone");
        if (!project.equals(SOUTH_PROJECT)) {
            return gceError(404, "notFound", "The resource 'projects/" + project + "' was not found");
        }
        List<String[]> inZone = SOUTH_INSTANCES.stream().filter(vm -> vm[1].equals(zone)).toList();
        if (!SOUTH_ZONES.contains(zone)) {
            return gceError(404, "notFound", "The resource 'projects/" + project + "/zones/" + zone + "' was not found");
        }
        int max = request.intParam("maxResults", 500);
        if (max < 0 || max > 500) {
            return gceError(400, "invalid", "Invalid value for field 'maxResults': '" + max + "'. Must be in the range [0, 500].");
        }
        int size = max == 0 ? 500 : max;
        int start = 0;
        String token = request.queryParam("pageToken").orElse(null);
        if (token != null) {
            start = southOffset(token);
            if (start < 0 || start > inZone.size()) {
                return gceError(400, "invalid", "Invalid value for field 'pageToken': '" + token + "'. Invalid page token.");
            }
        }
        String zoneUrl = request.baseUrl() + "/south/compute/v1/projects/" + project + "/zones/" + zone;
        ObjectNode body = Json.object().put("kind", "compute#instanceList").put("id", "projects/" + project + "/zones/" + zone + "/instances");
        int end = Math.min(inZone.size(), start + size);
        if (end > start) {
            ArrayNode items = body.putArray("items");
            for (int i = start; i < end; i++) {
                String[] vm = inZone.get(i);
                ObjectNode item = items.addObject().put("kind", "compute#instance").put("id", vm[3]).put("name", vm[0])
                        .put("zone", zoneUrl).put("status", vm[2]).put("machineType", zoneUrl + "/machineTypes/" + vm[4]);
                item.putArray("networkInterfaces").addObject().put("name", "nic0").put("networkIP", vm[5]);
                item.put("selfLink", zoneUrl + "/instances/" + vm[0]);
            }
        }
        if (end < inZone.size()) {
            body.put("nextPageToken", southToken(end));
        }
        body.put("selfLink", zoneUrl + "/instances");
        return Reply.ok(body);
    }

    /**
     * Page tokens are opaque, as Compute Engine's are; these hold {@code +}, {@code /} and {@code =}
     * on purpose, so a client that sends one back without encoding it gets 400.
     */
    static String southToken(int offset) {
        byte[] marker = {(byte) 0xfb, (byte) 0xff, (byte) 0xbf};
        byte[] number = ("offset:" + offset).getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[marker.length + number.length];
        System.arraycopy(marker, 0, bytes, 0, marker.length);
        System.arraycopy(number, 0, bytes, marker.length, number.length);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static int southOffset(String token) {
        try {
            byte[] bytes = Base64.getDecoder().decode(token);
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.US_ASCII);
            return southToken(Integer.parseInt(text.replace("offset:", ""))).equals(token)
                    ? Integer.parseInt(text.replace("offset:", "")) : -1;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return -1;
        }
    }

    private static ResponseDefinition gceError(int code, String reason, String message) {
        ObjectNode body = Json.object();
        ObjectNode error = body.putObject("error").put("code", code).put("message", message);
        error.putArray("errors").addObject().put("message", message).put("domain", "global").put("reason", reason);
        return Reply.json(code, body);
    }

    private static ResponseDefinition awsError(String code, String message) {
        return Reply.json(400, Json.object().set("Error", Json.object().put("Code", code).put("Message", message)));
    }
}
