package dev.apikata.integrations;

/**
 * One allow rule of the firewall API: {@code {"id": "web01-https", "destination": "10.0.1.12/32",
 * "protocol": "tcp", "port": 443}}. The id names the host and the service, so the same allocation
 * always yields the same id, and PUT to {@code /api/firewall/rules/{id}} can be repeated safely.
 */
public record FirewallRule(String id, String destination, String protocol, int port) {
}
