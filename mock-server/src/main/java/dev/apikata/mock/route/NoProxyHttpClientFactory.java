package dev.apikata.mock.route;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import java.io.IOException;
import java.util.List;

/**
 * WireMock builds an outbound HTTP client (with TLS set-up) at start-up for proxying, which the
 * practice API never does. Supplying this factory skips that work and keeps the server offline.
 */
public final class NoProxyHttpClientFactory implements HttpClientFactory {

    @Override
    public HttpClient buildHttpClient(Options options, boolean trustAllCertificates, List<String> trustedHosts, boolean useSystemProperties) {
        return request -> {
            throw new IOException("the apikata mock server makes no outbound requests (" + request.getUrl() + ")");
        };
    }
}
