package dev.apikata.integrations;

import java.time.Instant;

/**
 * An open Zabbix problem as {@code problem.get} returns it. Zabbix sends every number as a string:
 * {@code severity} from {@code "0"} (not classified) to {@code "5"} (disaster), {@code clock} in Unix seconds.
 */
public record ZabbixProblem(String eventid, String name, int severity, Instant clock) {
}
