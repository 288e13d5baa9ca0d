package dev.apikata.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One challenge of a {@code WWW-Authenticate} header (RFC 9110 section 11.6.1): a scheme such
 * as {@code Bearer} and its parameters, {@code realm}, {@code error}, {@code error_description},
 * {@code scope}... Chapter section {@code #www-authenticate}.
 *
 * @param scheme     the authentication scheme, {@code Bearer}; compare it with {@link #isScheme(String)}, since
 *                   schemes are case-insensitive
 * @param parameters the parameters, names in lower case (they are case-insensitive), values unquoted
 */
public record AuthChallenge(String scheme, Map<String, String> parameters) {

    // A token (RFC 9110 section 5.6.2), optionally followed by "=" and a token or a quoted string.
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern ITEM = Pattern.compile(
            "(" + TOKEN + ")(?:[ \\t]*=[ \\t]*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(" + TOKEN + ")))?");

    public AuthChallenge {
        parameters = Map.copyOf(parameters);
    }

    /** Whether this challenge is of {@code name}'s scheme; schemes are case-insensitive. */
    public boolean isScheme(String name) {
        return scheme.equalsIgnoreCase(name);
    }

    /** The value of parameter {@code name}, whatever its case in the header. */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Every challenge in one {@code WWW-Authenticate} value, in order:
     * {@code Basic realm="a", Bearer realm="b", error="invalid_token"} holds two. A parameter
     * value is a token or a quoted string, which may hold commas and {@code \"} escapes; spaces
     * around {@code =} and after commas are optional. An empty value gives an empty list.
     */
    public static List<AuthChallenge> parse(String headerValue) {
        List<AuthChallenge> challenges = new ArrayList<>();
        String scheme = null;
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher item = ITEM.matcher(headerValue);
        while (item.find()) {
            boolean isParameter = item.group(2) != null || item.group(3) != null;
            if (isParameter && scheme != null) {
                String value = item.group(2) != null ? item.group(2).replaceAll("\\\\(.)", "$1") : item.group(3);
                parameters.put(item.group(1).toLowerCase(Locale.ROOT), value);
            } else if (!isParameter) {
                // A token without "=" starts the next challenge.
                if (scheme != null) {
                    challenges.add(new AuthChallenge(scheme, parameters));
                }
                scheme = item.group(1);
                parameters = new LinkedHashMap<>();
            }
        }
        if (scheme != null) {
            challenges.add(new AuthChallenge(scheme, parameters));
        }
        return challenges;
    }
}
