package dev.apikata.mock.journal;

import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.http.Cookie;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the journal keeps of one request: its own copy of at most {@code maxBody} bytes of the body,
 * and nothing that refers back to the request WireMock handled (which holds the whole body).
 * It becomes a {@link LoggedRequest} again only when someone reads the journal, so the body's text
 * and base64 forms, which WireMock computes and caches when it shows an entry, are not kept either.
 */
record KeptRequest(
        String url,
        String absoluteUrl,
        RequestMethod method,
        String clientIp,
        HttpHeaders headers,
        Map<String, Cookie> cookies,
        boolean browserProxyRequest,
        Date loggedDate,
        byte[] body,
        String protocol) {

    static KeptRequest of(LoggedRequest request, int maxBody) {
        byte[] body = request.getBody();
        byte[] kept = body == null ? new byte[0] : Arrays.copyOf(body, Math.min(body.length, maxBody));
        return new KeptRequest(request.getUrl(), request.getAbsoluteUrl(), request.getMethod(), request.getClientIp(),
                request.getHeaders(), request.getCookies(), request.isBrowserProxyRequest(), request.getLoggedDate(), kept,
                request.getProtocol());
    }

    /** Through WireMock's own JSON binding, the one way to give a LoggedRequest its original date. */
    LoggedRequest toLoggedRequest() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("url", url);
        fields.put("absoluteUrl", absoluteUrl);
        fields.put("method", method);
        fields.put("clientIp", clientIp);
        fields.put("headers", headers);
        fields.put("cookies", cookies);
        fields.put("browserProxyRequest", browserProxyRequest);
        fields.put("loggedDate", loggedDate);
        fields.put("bodyAsBase64", Base64.getEncoder().encodeToString(body));
        fields.put("protocol", protocol);
        return Json.getObjectMapper().convertValue(fields, LoggedRequest.class);
    }
}
