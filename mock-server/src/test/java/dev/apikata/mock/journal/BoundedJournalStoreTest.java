package dev.apikata.mock.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import java.util.LinkedList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BoundedJournalStoreTest {

    private static ServeEvent event(String url) {
        return event(UUID.randomUUID(), url);
    }

    private static ServeEvent event(UUID id, String url) {
        Request request = ImmutableRequest.create()
                .withAbsoluteUrl("http://127.0.0.1:8080" + url)
                .withMethod(RequestMethod.GET)
                .build();
        return new ServeEvent(id, LoggedRequest.createFrom(request), null, null, null, false, null, new LinkedList<>());
    }

    private static List<String> urls(BoundedJournalStore store) {
        return store.getAll().map(e -> e.getRequest().getUrl()).toList();
    }

    @Test
    @DisplayName("keeps only the newest entries, newest first")
    void keepsNewest() {
        BoundedJournalStore store = new BoundedJournalStore(3);
        IntStream.rangeClosed(1, 5).forEach(i -> store.add(event("/r" + i)));

        assertThat(urls(store)).containsExactly("/r5", "/r4", "/r3");
        assertThat(store.getAllKeys().count()).isEqualTo(3);
    }

    @Test
    @DisplayName("put replaces a kept event and ignores one already pushed out")
    void putReplacesOnlyKeptEvents() {
        BoundedJournalStore store = new BoundedJournalStore(2);
        ServeEvent first = event("/first");
        store.add(first);
        store.put(first.getId(), event(first.getId(), "/first-completed"));
        assertThat(urls(store)).containsExactly("/first-completed");
        store.add(event("/second"));
        store.add(event("/third"));
        store.put(first.getId(), event(first.getId(), "/late"));

        assertThat(urls(store)).containsExactly("/third", "/second");
        assertThat(store.get(first.getId())).isEmpty();
    }

    @Test
    @DisplayName("removeLast drops the oldest; clear empties; remove drops one")
    void removals() {
        BoundedJournalStore store = new BoundedJournalStore(5);
        ServeEvent a = event("/a");
        store.add(a);
        store.add(event("/b"));
        store.add(event("/c"));

        store.removeLast();
        assertThat(urls(store)).containsExactly("/c", "/b");
        UUID c = store.getAll().toList().get(0).getId();
        store.remove(c);
        assertThat(urls(store)).containsExactly("/b");
        store.clear();
        assertThat(store.getAll()).isEmpty();
    }

    @Test
    @DisplayName("an entry is the store's own copy: 64 KiB of the body, the date it was logged, no way back to the request")
    void keepsItsOwnCopy() {
        byte[] big = new byte[1024 * 1024];
        Request request = ImmutableRequest.create()
                .withAbsoluteUrl("http://127.0.0.1:8080/upload")
                .withMethod(RequestMethod.POST)
                .withBody(big)
                .build();
        LoggedRequest logged = LoggedRequest.createFrom(request);
        ResponseDefinition definition = ResponseDefinitionBuilder.okForJson("{\"ok\":true}").build();
        definition.setOriginalRequest(request);
        UUID id = UUID.randomUUID();
        BoundedJournalStore store = new BoundedJournalStore(2);

        store.add(new ServeEvent(id, logged, null, definition, null, false, null, new LinkedList<>()));
        ServeEvent kept = store.get(id).orElseThrow();

        assertThat(kept.getRequest().getBody()).hasSize(BoundedJournalStore.MAX_LOGGED_BODY);
        assertThat(kept.getRequest().getLoggedDate()).isEqualTo(logged.getLoggedDate());
        assertThat(kept.getRequest().getUrl()).isEqualTo("/upload");
        assertThat(kept.getResponseDefinition().getStatus()).isEqualTo(200);
        assertThat(kept.getResponseDefinition().getOriginalRequest()).as("WireMock's link back to the whole request").isNull();
        assertThat(kept.getResponseDefinition().getByteBody()).as("the body is in the logged response").isNullOrEmpty();
    }
}
