package dev.apikata.mock.server;

import com.github.tomakehurst.wiremock.common.InputStreamSource;
import com.github.tomakehurst.wiremock.store.BlobStore;
import java.io.InputStream;
import java.util.Optional;
import java.util.stream.Stream;

/** The practice API's body files: there are none, and none can be written (see {@link MemoryOnlyStores}). */
final class EmptyBlobStore implements BlobStore {

    static final EmptyBlobStore INSTANCE = new EmptyBlobStore();

    private EmptyBlobStore() {}

    @Override
    public Optional<InputStream> getStream(String key) {
        return Optional.empty();
    }

    @Override
    public InputStreamSource getStreamSource(String key) {
        return () -> {
            throw new IllegalStateException("the practice API keeps no files (" + key + ")");
        };
    }

    @Override
    public Stream<String> getAllKeys() {
        return Stream.empty();
    }

    @Override
    public Optional<byte[]> get(String key) {
        return Optional.empty();
    }

    @Override
    public void put(String key, byte[] content) {
        throw new UnsupportedOperationException("the practice API keeps no files");
    }

    @Override
    public void remove(String key) {
        // nothing stored, nothing to remove
    }

    @Override
    public void clear() {
        // nothing stored
    }
}
