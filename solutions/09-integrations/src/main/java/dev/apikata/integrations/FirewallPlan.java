package dev.apikata.integrations;

import java.util.ArrayList;
import java.util.List;

/**
 * What it takes to bring the firewall in line with the IPAM: the rules to PUT (missing or
 * different), and the ids of the rules to DELETE (no allocation asks for them), each sorted by id.
 */
public record FirewallPlan(List<FirewallRule> toPut, List<String> toDelete) {

    public FirewallPlan {
        toPut = List.copyOf(toPut);
        toDelete = List.copyOf(toDelete);
    }

    public boolean isEmpty() {
        return toPut.isEmpty() && toDelete.isEmpty();
    }

    /**
     * The plan for a person to read, one change a line: {@code put web01-https 10.0.1.12/32 tcp/443},
     * {@code delete old01-ssh}; {@code no changes} when there is nothing to do.
     */
    public List<String> lines() {
        if (isEmpty()) {
            return List.of("no changes");
        }
        List<String> lines = new ArrayList<>();
        toPut.forEach(rule -> lines.add("put " + rule.id() + " " + rule.destination() + " " + rule.protocol() + "/" + rule.port()));
        toDelete.forEach(id -> lines.add("delete " + id));
        return lines;
    }
}
