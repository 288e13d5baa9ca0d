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
 * Two cloud inventories with different JSON shapes and paging styles, to merge into one list:
 * cloud A pages with an opaque {@code NextToken} in the body (AWS style), cloud B with page numbers
 * and an RFC 8288 {@code Link} header (GitHub/GitLab style).
 */
final class CloudInventories {

    static final int CLOUD_A_INSTANCES = 23;
    static final int CLOUD_B_VMS = 17;
    private static final String[] ROLES = {"web", "app", "db", "cache", "batch"};

    List<Route> routes() {
        return List.of(
                Route.get("/cloud-a/instances", "Cloud A (AWS-like): instances, paged by MaxResults and NextToken", this::cloudA)
                        .query("MaxResults", "NextToken").statuses(200, 400).returns(200, "CloudAPage").returns(400, "AwsError")
                        .example("/cloud-a/instances?MaxResults=10"),
                Route.get("/cloud-b/v1/vms", "Cloud B (GCP-like): VMs, paged by page and per_page with a Link header", this::cloudB)
                        .query("page", "per_page").statuses(200, 400).returns(200, "VmList").returns(400, "GcpError")
                        .example("/cloud-b/v1/vms?page=1&per_page=10"));
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

    private ResponseDefinition cloudB(KitRequest request) {
        long perPage = request.longParam("per_page", 10);
        long page = request.longParam("page", 1);
        if (perPage < 1 || perPage > 100 || page < 1) {
            ObjectNode body = Json.object();
            body.putObject("error").put("code", 400)
                    .put("message", "page must be >= 1 and per_page between 1 and 100").put("status", "INVALID_ARGUMENT");
            return Reply.json(400, body);
        }
        long last = Math.max(1, (CLOUD_B_VMS + perPage - 1) / perPage);
        ArrayNode vms = Json.array();
        // A page past the last is empty; long arithmetic, so page=2147483647 does not overflow.
        long first = page > last ? CLOUD_B_VMS : (page - 1) * perPage;
        for (int i = (int) first; i < Math.min(CLOUD_B_VMS, first + perPage); i++) {
            ObjectNode vm = vms.addObject()
                    .put("id", String.valueOf(7_000_000_000L + i * 7919L))
                    .put("name", String.format("b-%s-%02d", ROLES[(i + 2) % ROLES.length], i + 1))
                    .put("machineType", "zones/asia-northeast1-b/machineTypes/" + (i % 2 == 0 ? "e2-medium" : "e2-standard-4"))
                    .put("status", i % 5 == 4 ? "TERMINATED" : "RUNNING")
                    .put("zone", "asia-northeast1-" + (i % 2 == 0 ? "b" : "c"))
                    .put("creationTimestamp", String.format("2023-01-%02dT10:00:00.000+09:00", 1 + i % 28));
            vm.putObject("labels").put("role", ROLES[(i + 2) % ROLES.length]);
            vm.putArray("networkInterfaces").addObject().put("networkIP", "10.20." + (i / 10) + "." + (10 + i % 10));
        }
        StringJoiner links = new StringJoiner(", ");
        String base = request.baseUrl() + "/cloud-b/v1/vms?per_page=" + perPage + "&page=";
        if (page < last) {
            links.add("<" + base + (page + 1) + ">; rel=\"next\"");
        }
        if (page > 1) {
            links.add("<" + base + (page - 1) + ">; rel=\"prev\"");
        }
        links.add("<" + base + "1>; rel=\"first\"");
        links.add("<" + base + last + ">; rel=\"last\"");
        return Reply.status(200).header("Link", links.toString()).header("X-Total-Count", CLOUD_B_VMS).json(vms);
    }

    private static ResponseDefinition awsError(String code, String message) {
        return Reply.json(400, Json.object().set("Error", Json.object().put("Code", code).put("Message", message)));
    }
}
