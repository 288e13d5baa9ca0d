package dev.apikata.mock.teaching;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.apikata.mock.route.ApiProblem;
import dev.apikata.mock.route.Json;
import dev.apikata.mock.route.KitRequest;
import dev.apikata.mock.route.Reply;
import dev.apikata.mock.route.Route;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asynchronous jobs, the 202 Accepted pattern: {@code POST /jobs} answers 202 with a Location to
 * poll; {@code GET /jobs/{id}} says "running" (with Retry-After) for the first polls, then "done".
 * Counting polls instead of time keeps it deterministic.
 */
final class Jobs {

    private static final int DEFAULT_POLLS = 2;

    private record Job(int pollsUntilDone, AtomicInteger polls) {}

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);

    List<Route> routes() {
        return List.of(
                Route.post("/jobs", "Start a job: 202 Accepted with a Location to poll ('polls' = polls until done)", this::start)
                        .query("polls").statuses(202, 400).returns(202, "JobAccepted"),
                Route.get("/jobs/{id}", "Poll a job: running (with Retry-After) until done", this::poll)
                        .statuses(404, 200, 400).returns(200, "JobStatus").example("/jobs/999"));
    }

    private ResponseDefinition start(KitRequest request) {
        int polls = request.intParam("polls", DEFAULT_POLLS);
        if (polls < 0 || polls > 100) {
            throw new ApiProblem(400, "bad_parameter", "polls must be between 0 and 100");
        }
        String id = String.valueOf(nextId.getAndIncrement());
        jobs.put(id, new Job(polls, new AtomicInteger()));
        String location = request.baseUrl() + "/jobs/" + id;
        return Reply.status(202).header("Location", location).header("Retry-After", 1)
                .json(Json.object().put("id", id).put("status", "queued").put("poll", location));
    }

    private ResponseDefinition poll(KitRequest request) {
        String id = request.pathParam("id");
        Job job = jobs.get(id);
        if (job == null) {
            throw new ApiProblem(404, "not_found", "No job " + id + "; start one with POST /jobs");
        }
        int poll = job.polls().incrementAndGet();
        ObjectNode body = Json.object().put("id", id);
        if (poll <= job.pollsUntilDone()) {
            return Reply.status(200).header("Retry-After", 1)
                    .json(body.put("status", "running").put("progress", 100 * poll / (job.pollsUntilDone() + 1)));
        }
        body.put("status", "done").put("progress", 100);
        body.putObject("result").put("serversChecked", 8).put("problems", 1);
        return Reply.ok(body);
    }

    void reset() {
        jobs.clear();
        nextId.set(1);
    }
}
