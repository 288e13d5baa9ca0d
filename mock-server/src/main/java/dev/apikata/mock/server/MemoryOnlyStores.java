package dev.apikata.mock.server;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.BlobStore;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import com.github.tomakehurst.wiremock.store.InMemoryObjectStore;
import com.github.tomakehurst.wiremock.store.ObjectStore;
import com.github.tomakehurst.wiremock.store.RequestJournalStore;
import dev.apikata.mock.journal.BoundedJournalStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WireMock's in-memory stores, with our request journal, and nothing on disk: by default WireMock
 * keeps body files and some state under {@code src/test/resources} of the working directory, which
 * may be a learner's exercise folder. The practice API must never read or write the learner's files.
 */
public final class MemoryOnlyStores extends DefaultStores {

    private final BoundedJournalStore journal;
    private final Map<String, ObjectStore> objectStores = new ConcurrentHashMap<>();

    public MemoryOnlyStores(FileSource unusedFileRoot, BoundedJournalStore journal) {
        super(unusedFileRoot);
        this.journal = journal;
    }

    @Override
    public RequestJournalStore getRequestJournalStore() {
        return journal;
    }

    @Override
    public BlobStore getBlobStore(String name) {
        return EmptyBlobStore.INSTANCE;
    }

    @Override
    public ObjectStore getObjectStore(String name, PersistenceType persistenceTypeHint, int maxItems) {
        return objectStores.computeIfAbsent(name, n -> new InMemoryObjectStore(maxItems));
    }
}
