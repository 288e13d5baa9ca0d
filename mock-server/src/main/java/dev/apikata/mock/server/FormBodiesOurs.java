package dev.apikata.mock.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Locale;

/**
 * WireMock decodes every form-encoded body before any route runs, and a body it cannot decode
 * ({@code curl -d '{"title": "100% done"}'}, which curl sends as a form) ends in a 500 page. Our
 * routes read forms themselves and answer such a body with a JSON 400 (or 415 where JSON is
 * expected), so WireMock is told the body is no form; the Content-Type header itself is unchanged.
 */
final class FormBodiesOurs implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("application/x-www-form-urlencoded")) {
            chain.doFilter(new HttpServletRequestWrapper((HttpServletRequest) request) {
                @Override
                public String getContentType() {
                    return null;
                }
            }, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
