package dev.apikata.mock.journal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Body;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import com.github.tomakehurst.wiremock.common.Timing;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * WireMock's request journal store as a fixed-size ring buffer: the newest {@code capacity}
 * requests are kept, the oldest is dropped in O(1) when a new one arrives.
 *
 * <p>Each entry is the journal's own copy ({@link KeptRequest}): at most {@link #MAX_LOGGED_BODY}
 * bytes of the request body (WireMock's {@code maxLoggedResponseSize} cuts the response body the
 * same way), and the matched response definition without its body, because WireMock's copy of
 * it refers back to the whole request. So the cap bounds memory, not just the number of entries:
 * at most about {@code capacity} times 128 KiB.
 *
 * <p>Why not WireMock's own cap ({@code maxRequestJournalEntries})? It counts every key in the
 * store after each request, which is O(n) and more than halves throughput at 1,000 entries. This
 * store bounds itself, so WireMock's cap stays unset, and {@code /__admin/requests} keeps working.
 */
public final class BoundedJournalStore implements RequestJournalStore {

    /** Bodies kept per journal entry; 1,000 entries then hold at most 64 MiB of request bodies. */
    public static final int MAX_LOGGED_BODY = 64 * 1024;

    /** One entry as kept; a {@link ServeEvent} again when read. */
    private record Kept(UUID id, KeptRequest request, StubMapping stub, ResponseDefinition definition,
            LoggedResponse response, Timing timing, Queue<SubEvent> subEvents) {

        static Kept of(ServeEvent event) {
            ResponseDefinition definition = event.getResponseDefinition() == null ? null
                    : ResponseDefinitionBuilder.like(event.getResponseDefinition()).withResponseBody(Body.none()).build();
            return new Kept(event.getId(), KeptRequest.of(event.getRequest(), MAX_LOGGED_BODY), event.getStubMapping(), definition,
                    event.getResponse(), event.getTiming(), new ArrayDeque<>(event.getSubEvents()));
        }

        ServeEvent toServeEvent() {
            return new ServeEvent(id, request.toLoggedRequest(), stub, definition, response, false, timing, subEvents);
        }
    }

    private final UUID[] ring;
    private final ConcurrentHashMap<UUID, Kept> events;
    private int next;
    private int size;

    public BoundedJournalStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("journal capacity must be at least 1, was " + capacity);
        }
        this.ring = new UUID[capacity];
        this.events = new ConcurrentHashMap<>(capacity * 2);
    }

    public int capacity() {
        return ring.length;
    }

    @Override
    public synchronized void add(ServeEvent event) {
        if (size == ring.length) {
            events.remove(ring[next]);
        } else {
            size++;
        }
        ring[next] = event.getId();
        next = (next + 1) % ring.length;
        events.put(event.getId(), Kept.of(event));
    }

    /** WireMock calls this when the response is done; an event already pushed out stays out. */
    @Override
    public void put(UUID id, ServeEvent event) {
        events.replace(id, Kept.of(event));
    }

    /** Newest first, as WireMock's own store answers (the admin API lists it as is). */
    @Override
    public Stream<ServeEvent> getAll() {
        return keysNewestFirst().stream().map(events::get).filter(Objects::nonNull).map(Kept::toServeEvent);
    }

    @Override
    public Stream<UUID> getAllKeys() {
        return keysNewestFirst().stream().filter(events::containsKey);
    }

    @Override
    public synchronized void removeLast() {
        if (size == 0) {
            return;
        }
        int oldest = Math.floorMod(next - size, ring.length);
        events.remove(ring[oldest]);
        ring[oldest] = null;
        size--;
    }

    @Override
    public Optional<ServeEvent> get(UUID id) {
        return Optional.ofNullable(events.get(id)).map(Kept::toServeEvent);
    }

    @Override
    public void remove(UUID id) {
        events.remove(id);
    }

    @Override
    public synchronized void clear() {
        events.clear();
        Arrays.fill(ring, null);
        next = 0;
        size = 0;
    }

    private synchronized List<UUID> keysNewestFirst() {
        List<UUID> keys = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            UUID id = ring[Math.floorMod(next - i, ring.length)];
            if (id != null) {
                keys.add(id);
            }
        }
        return keys;
    }
}
