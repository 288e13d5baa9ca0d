package dev.apikata.mock.data;

import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

/** Deterministic filler text from an operations vocabulary (our own, so no third-party texts). */
final class Words {

    private static final List<String> VOCABULARY = List.of(
            "server", "deploy", "rollback", "latency", "backup", "cluster", "node", "packet", "route",
            "gateway", "subnet", "firewall", "certificate", "rotate", "token", "monitor", "alert",
            "threshold", "capacity", "disk", "memory", "kernel", "patch", "release", "pipeline",
            "container", "image", "registry", "volume", "snapshot", "replica", "failover", "quorum",
            "cache", "queue", "worker", "cron", "schedule", "audit", "policy", "inventory", "tag",
            "metric", "dashboard", "uptime", "incident", "runbook", "escalate", "restore", "archive",
            "bandwidth", "throughput", "timeout", "retry", "backoff", "endpoint", "payload", "header",
            "request", "response", "session", "proxy", "balancer", "health", "check", "probe", "zone",
            "region", "tenant", "quota", "limit", "secret", "vault", "config", "template", "script",
            "automation", "playbook", "agent", "daemon", "socket", "port", "protocol", "handshake",
            "index", "shard", "query", "log", "trace", "span", "sample", "window", "batch", "stream");

    private final Random random;

    Words(Random random) {
        this.random = random;
    }

    String word() {
        return VOCABULARY.get(random.nextInt(VOCABULARY.size()));
    }

    /** {@code min..max} words, lower case, no final full stop (a title). */
    String phrase(int min, int max) {
        StringJoiner joiner = new StringJoiner(" ");
        int count = min + random.nextInt(max - min + 1);
        for (int i = 0; i < count; i++) {
            joiner.add(word());
        }
        return joiner.toString();
    }

    String sentence() {
        String phrase = phrase(6, 12);
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1) + ".";
    }

    /** A few sentences separated by new lines, like a post or comment body. */
    String paragraph(int sentences) {
        StringJoiner joiner = new StringJoiner("\n");
        for (int i = 0; i < sentences; i++) {
            joiner.add(sentence());
        }
        return joiner.toString();
    }
}
