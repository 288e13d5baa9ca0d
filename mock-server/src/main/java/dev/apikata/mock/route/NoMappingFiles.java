package dev.apikata.mock.route;

import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.List;

/**
 * WireMock loads stub files from {@code src/test/resources/mappings} under the working directory
 * by default. The practice API must answer the same wherever it is started (an exercise folder may
 * have such files), so it reads and writes no stub files at all.
 */
public final class NoMappingFiles implements MappingsSource {

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        // nothing to load: every route is registered in code
    }

    @Override
    public void save(List<StubMapping> stubMappings) {
        // stubs live in memory only
    }

    @Override
    public void save(StubMapping stubMapping) {
        // stubs live in memory only
    }

    @Override
    public void remove(StubMapping stubMapping) {
        // nothing on disk to remove
    }

    @Override
    public void removeAll() {
        // nothing on disk to remove
    }
}
