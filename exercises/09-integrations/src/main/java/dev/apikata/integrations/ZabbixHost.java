package dev.apikata.integrations;

/** A Zabbix host as {@code host.get} returns it: its id, technical name and visible name. */
public record ZabbixHost(String hostid, String host, String name) {
}
