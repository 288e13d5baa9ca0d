package dev.apikata.mock.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The mock API's seed data, generated from a fixed seed so every run (and every learner) sees the
 * same records. Shapes follow JSONPlaceholder; the texts are our own.
 */
public final class SeedData {

    public static final int POSTS = 100;
    public static final int COMMENTS = 500;
    public static final int USERS = 10;
    public static final int TODOS = 200;

    private static final long SEED = 20230101L;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String[][] PEOPLE = {
        {"Haruto", "Sato"}, {"Yui", "Suzuki"}, {"Sota", "Takahashi"}, {"Hina", "Tanaka"},
        {"Ren", "Watanabe"}, {"Mio", "Ito"}, {"Minato", "Yamamoto"}, {"Aoi", "Nakamura"},
        {"Riku", "Kobayashi"}, {"Sakura", "Kato"}
    };
    private static final String[] CITIES = {
        "Sapporo", "Sendai", "Niigata", "Kanazawa", "Nagoya", "Kyoto", "Kobe", "Okayama", "Hiroshima", "Fukuoka"
    };
    private static final String[] STREETS = {"Sakura", "Minato", "Kawa", "Yama", "Hikari", "Midori"};
    private static final String[] COMPANY_WORDS = {"Cloud", "Ops", "Stack", "Byte", "Relay", "Harbor", "Beacon", "Forge"};
    private static final String[] CATCH_VERBS = {"Automated", "Resilient", "Observable", "Scalable", "Self-healing", "Zero-downtime"};
    private static final String[] CATCH_NOUNS = {"infrastructure", "pipelines", "networks", "deployments", "monitoring", "storage"};

    private SeedData() {}

    public static List<ObjectNode> posts() {
        Words words = new Words(new Random(SEED + 1));
        List<ObjectNode> posts = new ArrayList<>();
        for (int id = 1; id <= POSTS; id++) {
            posts.add(NODES.objectNode()
                    .put("userId", (id - 1) / 10 + 1)
                    .put("id", id)
                    .put("title", words.phrase(3, 7))
                    .put("body", words.paragraph(4)));
        }
        return posts;
    }

    public static List<ObjectNode> comments() {
        Random random = new Random(SEED + 2);
        Words words = new Words(random);
        List<ObjectNode> comments = new ArrayList<>();
        for (int id = 1; id <= COMMENTS; id++) {
            String[] person = PEOPLE[random.nextInt(PEOPLE.length)];
            comments.add(NODES.objectNode()
                    .put("postId", (id - 1) / 5 + 1)
                    .put("id", id)
                    .put("name", words.phrase(3, 6))
                    .put("email", (person[0] + "." + person[1]).toLowerCase(Locale.ROOT) + id + "@example.test")
                    .put("body", words.paragraph(3)));
        }
        return comments;
    }

    public static List<ObjectNode> users() {
        Random random = new Random(SEED + 3);
        Words words = new Words(random);
        List<ObjectNode> users = new ArrayList<>();
        for (int id = 1; id <= USERS; id++) {
            String first = PEOPLE[id - 1][0];
            String last = PEOPLE[id - 1][1];
            String username = (first.charAt(0) + last).toLowerCase(Locale.ROOT);
            ObjectNode user = NODES.objectNode()
                    .put("id", id)
                    .put("name", first + " " + last)
                    .put("username", username)
                    .put("email", username + "@example.test");
            ObjectNode address = user.putObject("address")
                    .put("street", STREETS[random.nextInt(STREETS.length)] + "-dori " + (1 + random.nextInt(30)))
                    .put("suite", "Room " + (100 + random.nextInt(900)))
                    .put("city", CITIES[id - 1])
                    .put("zipcode", String.format("%03d-%04d", random.nextInt(1000), random.nextInt(10000)));
            address.putObject("geo")
                    .put("lat", String.format(Locale.ROOT, "%.4f", 31 + random.nextDouble() * 12))
                    .put("lng", String.format(Locale.ROOT, "%.4f", 130 + random.nextDouble() * 12));
            user.put("phone", String.format("0%d-%04d-%04d", 3 + random.nextInt(6), random.nextInt(10000), random.nextInt(10000)));
            user.put("website", username + ".example.test");
            user.putObject("company")
                    .put("name", COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)] + COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)] + " K.K.")
                    .put("catchPhrase", CATCH_VERBS[random.nextInt(CATCH_VERBS.length)] + " " + CATCH_NOUNS[random.nextInt(CATCH_NOUNS.length)])
                    .put("bs", words.phrase(3, 3));
            users.add(user);
        }
        return users;
    }

    public static List<ObjectNode> todos() {
        Random random = new Random(SEED + 4);
        Words words = new Words(random);
        List<ObjectNode> todos = new ArrayList<>();
        for (int id = 1; id <= TODOS; id++) {
            todos.add(NODES.objectNode()
                    .put("userId", (id - 1) / 20 + 1)
                    .put("id", id)
                    .put("title", words.phrase(2, 6))
                    .put("completed", random.nextBoolean()));
        }
        return todos;
    }

    /** The seed's {@code /servers}: web01, db01 and friends, keyed by name. */
    public static List<ObjectNode> servers() {
        String[][] servers = {
            {"web01", "web", "10.0.1.11", "running"}, {"web02", "web", "10.0.1.12", "running"},
            {"web03", "web", "10.0.1.13", "maintenance"}, {"db01", "database", "10.0.2.21", "running"},
            {"db02", "database", "10.0.2.22", "running"}, {"lb01", "loadbalancer", "10.0.0.5", "running"},
            {"cache01", "cache", "10.0.3.31", "running"}, {"monitor01", "monitoring", "10.0.4.41", "stopped"}
        };
        List<ObjectNode> nodes = new ArrayList<>();
        int id = 1;
        for (String[] s : servers) {
            ObjectNode server = NODES.objectNode()
                    .put("id", id++)
                    .put("name", s[0])
                    .put("role", s[1])
                    .put("ip", s[2])
                    .put("status", s[3])
                    .put("os", s[1].equals("database") ? "Rocky Linux 9" : "Ubuntu 22.04")
                    .put("cpu", s[1].equals("database") ? 8 : 4)
                    .put("memoryGb", s[1].equals("database") ? 32 : 8)
                    .put("datacenter", id % 2 == 0 ? "tokyo-1" : "osaka-1");
            server.putArray("tags").add(s[1]).add("env:production");
            nodes.add(server);
        }
        return nodes;
    }

    /** The seed's {@code /logs?type=error&date=2023-01-01}: five days of logs from the servers above. */
    public static List<ObjectNode> logs() {
        Random random = new Random(SEED + 5);
        String[] types = {"info", "info", "warning", "error"};
        String[] hosts = {"web01", "web02", "db01", "lb01", "cache01"};
        String[][] messages = {
            {"info", "request completed"}, {"info", "backup finished"}, {"info", "certificate renewed"},
            {"warning", "disk usage above 80%"}, {"warning", "slow query detected"},
            {"error", "connection to upstream timed out"}, {"error", "out of memory: worker killed"},
            {"error", "TLS handshake failed"}
        };
        List<ObjectNode> logs = new ArrayList<>();
        int id = 1;
        for (int day = 1; day <= 5; day++) {
            String date = String.format("2023-01-%02d", day);
            for (int n = 0; n < 12; n++) {
                String type = types[random.nextInt(types.length)];
                List<String> pool = new ArrayList<>();
                for (String[] m : messages) {
                    if (m[0].equals(type)) {
                        pool.add(m[1]);
                    }
                }
                logs.add(NODES.objectNode()
                        .put("id", id++)
                        .put("date", date)
                        .put("timestamp", String.format("%sT%02d:%02d:%02dZ", date, n * 2, random.nextInt(60), random.nextInt(60)))
                        .put("type", type)
                        .put("host", hosts[random.nextInt(hosts.length)])
                        .put("message", pool.get(random.nextInt(pool.size()))));
            }
        }
        return logs;
    }

    /** The seed's {@code /users/{id}/profile}: an operator profile per user. */
    public static ObjectNode profile(ObjectNode user) {
        int id = user.get("id").asInt();
        // A user created with a body of its own may lack any of these fields.
        String username = user.path("username").asText("user" + id);
        String[] roles = {"admin", "operator", "viewer"};
        String[] teams = {"platform", "network", "database", "sre"};
        ObjectNode profile = NODES.objectNode()
                .put("userId", id)
                .put("username", username)
                .put("displayName", user.path("name").asText(username))
                .put("email", user.path("email").isTextual() ? user.get("email").asText() : null)
                .put("role", roles[id % roles.length])
                .put("team", teams[id % teams.length])
                .put("timezone", "Asia/Tokyo")
                .put("mfaEnabled", id % 3 != 0)
                .put("lastLogin", String.format("2023-01-%02dT09:%02d:00+09:00", 1 + id % 5, id * 3));
        ArrayNode keys = profile.putArray("sshKeys");
        keys.add("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "DEVONLY".repeat(3) + id + " " + username + "@apikata");
        return profile;
    }
}
