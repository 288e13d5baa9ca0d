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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HS256 JSON Web Tokens (RFC 7519) with the JDK only: sign, and verify signature and expiry. */
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

    public Jwt(String secret, Clock clock) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
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
        if (!claims.path("exp").canConvertToLong()) {
            throw new InvalidToken("The token has no 'exp' claim");
        }
        long now = clock.instant().getEpochSecond();
        if (now >= claims.get("exp").asLong()) {
            throw new InvalidToken("The token expired at " + claims.get("exp").asLong() + " (now " + now + ")");
        }
        return claims;
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
