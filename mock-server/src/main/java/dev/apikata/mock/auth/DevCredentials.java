package dev.apikata.mock.auth;

import java.util.Map;
import java.util.Set;

/**
 * DEV ONLY: the fake credentials of the local practice API. They are published in the README on
 * purpose, protect nothing, and must never be reused anywhere real.
 */
public final class DevCredentials {

    /** DEV ONLY: the {@code X-API-Key} value that {@code /secure/api-key} accepts. */
    public static final String API_KEY = "dev-only-api-key-0123456789";

    /** DEV ONLY: HTTP Basic user and password for {@code /secure/basic}. */
    public static final String BASIC_USER = "admin";
    public static final String BASIC_PASSWORD = "dev-only-password";

    /** DEV ONLY: an OAuth client allowed the scopes {@code read write}. */
    public static final String CLIENT_ID = "apikata-dev-client";
    public static final String CLIENT_SECRET = "dev-only-client-secret";

    /** DEV ONLY: an OAuth client allowed only {@code read}: its tokens get 403 on writes. */
    public static final String READONLY_CLIENT_ID = "apikata-readonly-client";
    public static final String READONLY_CLIENT_SECRET = "dev-only-readonly-secret";

    /** DEV ONLY: the HS256 key that signs the access tokens, published so learners can verify them. */
    public static final String JWT_SECRET = "apikata-dev-only-hs256-secret-not-for-production";

    /** DEV ONLY: the Zabbix look-alike's login (Zabbix's own well-known default). */
    public static final String ZABBIX_USER = "Admin";
    public static final String ZABBIX_PASSWORD = "zabbix";

    /** DEV ONLY: the Jira look-alike's user (an e-mail address) and API token, sent together as Basic auth. */
    public static final String JIRA_USER = "dev@example.test";
    public static final String JIRA_API_TOKEN = "dev-only-jira-token";

    /** DEV ONLY: the NetBox look-alike's API token (40 hex digits, as NetBox's v1 tokens), sent as {@code Authorization: Token ...}. */
    public static final String NETBOX_TOKEN = "0123456789abcdef0123456789abcdef01234567";

    /** A registered OAuth client: its secret and the scopes it may ask for. */
    public record Client(String secret, Set<String> scopes) {}

    public static final Map<String, Client> CLIENTS = Map.of(
            CLIENT_ID, new Client(CLIENT_SECRET, Set.of("read", "write")),
            READONLY_CLIENT_ID, new Client(READONLY_CLIENT_SECRET, Set.of("read")));

    private DevCredentials() {}
}
