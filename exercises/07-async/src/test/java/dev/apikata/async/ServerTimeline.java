package dev.apikata.async;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.apikata.course.ExerciseApi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the server saw, read from WireMock's request journal: when each request arrived, and how long
 * its stub held it before answering (the stub's fixed delay). From that follows how many requests
 * the server was holding at one moment, a measure of concurrency taken on the server side, which a
 * slow or busy test machine does not blur the way it blurs the client's wall-clock time.
 *
 * <p>Why the journal and not a listener that records when each request starts and ends: WireMock
 * logs a request (its {@code loggedDate}) as it receives it, before matching, the same moment a
 * listener's {@code beforeMatch} would see; so a listener adds nothing at the start. At the end,
 * {@code afterComplete} runs on the server's thread after the answer has been written, and on a
 * busy machine the client can have read it and sent its next request before that thread runs
 * again: a listener would then count two requests of a correct one-at-a-time client as overlapping.
 * The end taken here, arrival plus the stub's delay, is the earliest moment the answer can leave
 * the server, so a client that waits for an answer before it sends the next request is never seen
 * overlapping; and since the delay is the stub's own, no scheduling on either side stretches it.
 */
final class ServerTimeline {

    /**
     * The journal counts in whole milliseconds, and a request that starts the moment another one ends
     * (a slot handed on) must not count as overlapping it: only overlaps longer than twice this count.
     */
    private static final long EDGE_MILLIS = 25;

    /** One request as the server saw it: arrived at {@code arrived} (epoch ms), held for {@code held} ms. */
    record Visit(String url, long arrived, long held) {
        long end() {
            return arrived + held;
        }
    }

    private final List<Visit> visits;

    private ServerTimeline(List<Visit> visits) {
        this.visits = visits;
    }

    static ServerTimeline of(ExerciseApi api) {
        return new ServerTimeline(api.getAllServeEvents().stream()
                .map(ServerTimeline::visit)
                .sorted(Comparator.comparingLong(Visit::arrived))
                .toList());
    }

    private static Visit visit(ServeEvent event) {
        Integer delay = event.getTiming().getAddedDelay();
        return new Visit(event.getRequest().getUrl(), event.getRequest().getLoggedDate().getTime(),
                delay == null ? 0 : delay);
    }

    /** The largest number of requests the server was holding at the same moment. */
    int maxInFlight() {
        record Edge(long at, int change) {
        }
        List<Edge> edges = new ArrayList<>();
        for (Visit visit : visits) {
            if (visit.held() > 2 * EDGE_MILLIS) {
                edges.add(new Edge(visit.arrived() + EDGE_MILLIS, +1));
                edges.add(new Edge(visit.end() - EDGE_MILLIS, -1));
            }
        }
        // At the same instant, an end goes before a start: touching is not overlapping.
        edges.sort(Comparator.comparingLong(Edge::at).thenComparingInt(Edge::change));
        int inFlight = 0;
        int max = 0;
        for (Edge edge : edges) {
            inFlight += edge.change();
            max = Math.max(max, inFlight);
        }
        return max;
    }

    Visit visit(String url) {
        return visits.stream().filter(visit -> visit.url().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("the server received no request for " + url + "; it received " + urls()));
    }

    int count() {
        return visits.size();
    }

    /** For failure messages: each request with its arrival relative to the first one. */
    @Override
    public String toString() {
        long first = visits.isEmpty() ? 0 : visits.get(0).arrived();
        return visits.stream()
                .map(visit -> String.format("%s arrived at +%d ms, held %d ms", visit.url(), visit.arrived() - first, visit.held()))
                .collect(Collectors.joining("; ", "[", "]"));
    }

    private String urls() {
        return visits.stream().map(Visit::url).map(Objects::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
