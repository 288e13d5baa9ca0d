package dev.apikata.mock.server;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import com.github.tomakehurst.wiremock.servlet.WireMockHandlerDispatchingServlet;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlets.CrossOriginFilter;

/**
 * WireMock's Jetty 11 server with the practice API's guard in front ({@link RequestGuard}), JSON
 * error pages, form bodies left to the routes, and delayed responses that do not wait for each
 * other ({@link DelayedResponses}). Connector, threads and timeouts come from WireMock's options.
 */
public final class KitJettyServer extends Jetty11HttpServer {

    /** Set while the superclass constructor builds the contexts, so it has no initialiser here. */
    private DelayedResponses delayedResponses;

    private KitJettyServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs, Duration readTimeout) {
        super(options, admin, stubs);
        jettyServer.setErrorHandler(new JsonErrorHandler());
        // A request thread blocked on a body that stopped arriving gives up after this, with a 408.
        httpConnector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setIdleTimeout(readTimeout.toMillis());
    }

    /** Give this to {@code WireMockConfiguration.httpServerFactory}. */
    public static HttpServerFactory factory(Duration readTimeout) {
        return (options, admin, stubs) -> new KitJettyServer(options, admin, stubs, readTimeout);
    }

    @Override
    protected Handler createHandler(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        RequestGuard guard = new RequestGuard();
        guard.setHandler(super.createHandler(options, admin, stubs));
        return guard;
    }

    @Override
    protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
        delayedResponses = new DelayedResponses();
        context.setAttribute(WireMockHandlerDispatchingServlet.ASYNCHRONOUS_RESPONSE_EXECUTOR, delayedResponses);
        context.addFilter(new FilterHolder(new FormBodiesOurs()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.setErrorHandler(new JsonErrorHandler());
    }

    @Override
    protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
        context.setErrorHandler(new JsonErrorHandler());
        // WireMock's own CORS filter on the admin API would replace our exposed headers with none.
        for (FilterHolder filter : context.getServletHandler().getFilters()) {
            if (filter.getClassName().equals(CrossOriginFilter.class.getName())) {
                filter.setInitParameter(CrossOriginFilter.EXPOSED_HEADERS_PARAM, Cors.EXPOSED_HEADERS);
            }
        }
    }

    @Override
    public void stop() {
        super.stop();
        if (delayedResponses != null) {
            delayedResponses.shutdown();
        }
    }
}
