package dev.apikata.mock.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.mock.route.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HS256 JSON Web Tokens (RFC 7519) with the JDK only: sign, and verify the signature, the issuer,
 * the audience, {@code exp} and {@code nbf}.
 */
public final class Jwt {

    /** Why a token was refused; the message goes into {@code error_description}. */
    public static final class InvalidToken extends Exception {
        InvalidToken(String message) {
            super(message, null, false, false);
        }
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String HEADER = ENCODER.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] key;
    private final Clock clock;
    private final String issuer;
    private final String audience;

    /** Accepts only tokens whose {@code iss} is {@code issuer} and whose {@code aud} names {@code audience}. */
    public Jwt(String secret, Clock clock, String issuer, String audience) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.issuer = issuer;
        this.audience = audience;
    }

    public String sign(ObjectNode claims) {
        String signingInput = HEADER + "." + ENCODER.encodeToString(Json.bytes(claims));
        return signingInput + "." + ENCODER.encodeToString(hmac(signingInput));
    }

    /** Returns the claims of a valid, unexpired HS256 token. */
    public JsonNode verify(String token) throws InvalidToken {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidToken("A JWT has three dot-separated parts; this one has " + parts.length);
        }
        JsonNode header = decodeJson(parts[0], "header");
        String alg = header.path("alg").asText("");
        if (!alg.equals("HS256")) {
            // Never let the token choose its own check: "none" would mean no check at all.
            throw new InvalidToken("Algorithm '" + alg + "' is not accepted; tokens must be HS256");
        }
        byte[] expected = hmac(parts[0] + "." + parts[1]);
        if (!MessageDigest.isEqual(expected, decode(parts[2], "signature"))) {
            throw new InvalidToken("The signature does not match: the token was altered or signed with another key");
        }
        JsonNode claims = decodeJson(parts[1], "payload");
        long now = clock.instant().getEpochSecond();
        long exp = numericDate(claims, "exp").orElseThrow(() -> new InvalidToken("The token has no 'exp' claim"));
        if (now >= exp) {
            throw new InvalidToken("The token expired at " + exp + " (now " + now + ")");
        }
        OptionalLong nbf = numericDate(claims, "nbf");
        if (nbf.isPresent() && now < nbf.getAsLong()) {
            throw new InvalidToken("The token is not valid before " + nbf.getAsLong() + " (now " + now + ")");
        }
        if (!claims.path("iss").asText("").equals(issuer)) {
            throw new InvalidToken("The token's issuer (iss) is " + describe(claims.get("iss")) + "; this server accepts only '" + issuer + "'");
        }
        if (!audienceNames(claims.get("aud"))) {
            throw new InvalidToken("The token's audience (aud) is " + describe(claims.get("aud")) + "; it must name '" + audience + "'");
        }
        return claims;
    }

    /** A NumericDate claim (RFC 7519: seconds since 1970-01-01T00:00:00Z, as a JSON number), or empty when absent. */
    private static OptionalLong numericDate(JsonNode claims, String name) throws InvalidToken {
        JsonNode value = claims.get(name);
        if (value == null || value.isNull()) {
            return OptionalLong.empty();
        }
        if (!value.isNumber()) {
            throw new InvalidToken("The '" + name + "' claim must be a number of seconds since 1970-01-01 (a NumericDate), not " + value);
        }
        return OptionalLong.of(value.asLong());
    }

    /** {@code aud} is one string or an array of strings (RFC 7519 section 4.1.3). */
    private boolean audienceNames(JsonNode aud) {
        if (aud == null) {
            return false;
        }
        if (aud.isArray()) {
            for (JsonNode item : aud) {
                if (item.isTextual() && item.asText().equals(audience)) {
                    return true;
                }
            }
            return false;
        }
        return aud.isTextual() && aud.asText().equals(audience);
    }

    private static String describe(JsonNode claim) {
        return claim == null ? "missing" : claim.toString();
    }

    private byte[] hmac(String signingInput) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] decode(String part, String name) throws InvalidToken {
        try {
            return DECODER.decode(part);
        } catch (IllegalArgumentException e) {
            throw new InvalidToken("The " + name + " is not base64url");
        }
    }

    private static JsonNode decodeJson(String part, String name) throws InvalidToken {
        try {
            JsonNode node = Json.MAPPER.readTree(decode(part, name));
            if (node == null || !node.isObject()) {
                throw new InvalidToken("The " + name + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new InvalidToken("The " + name + " is not JSON");
        }
    }
}
