package dev.apikata.mock.integrations;

import dev.apikata.mock.route.Route;
import dev.apikata.mock.route.RouteGroup;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Look-alikes of the real APIs of chapter 4's use cases, with their request and response shapes. */
public final class IntegrationRoutes implements RouteGroup {

    private final SlackWebhook slack = new SlackWebhook();
    private final Zabbix zabbix = new Zabbix();
    private final Jira jira;
    private final Ipam ipam = new Ipam();
    private final Firewall firewall = new Firewall();
    private final FirewallApi firewallApi = new FirewallApi();
    private final List<Route> routes = new ArrayList<>();

    public IntegrationRoutes(Clock clock) {
        this.jira = new Jira(clock);
        routes.addAll(slack.routes());
        routes.addAll(new Prometheus(clock).routes());
        routes.addAll(zabbix.routes());
        routes.addAll(jira.routes());
        routes.addAll(ipam.routes());
        routes.addAll(firewall.routes());
        routes.addAll(firewallApi.routes());
        routes.addAll(new CloudInventories().routes());
    }

    @Override
    public String id() {
        return "integrations";
    }

    @Override
    public String name() {
        return "Integration look-alikes (Slack, Prometheus, Zabbix, Jira, IPAM, firewall, clouds)";
    }

    @Override
    public List<Route> routes() {
        return routes;
    }

    @Override
    public void reset() {
        slack.reset();
        zabbix.reset();
        jira.reset();
        ipam.reset();
        firewall.reset();
        firewallApi.reset();
    }
}
