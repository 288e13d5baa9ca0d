package dev.apikata.mock.journal;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;

/** WireMock's default in-memory stores, except the request journal, which is our ring buffer. */
public final class JournalStores extends DefaultStores {

    private final BoundedJournalStore journal;

    public JournalStores(FileSource fileRoot, BoundedJournalStore journal) {
        super(fileRoot);
        this.journal = journal;
    }

    @Override
    public RequestJournalStore getRequestJournalStore() {
        return journal;
    }
}
