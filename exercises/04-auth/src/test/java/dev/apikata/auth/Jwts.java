package dev.apikata.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Tokens made for the tests: base64url without padding, signed with a key the test chooses. */
final class Jwts {

    /** DEV ONLY: the practice API's published HS256 key. */
    static final String DEV_KEY = "apikata-dev-only-hs256-secret-not-for-production";

    static final String HS256_HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    private Jwts() {
    }

    static String base64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(UTF_8));
    }

    /** {@code header.payload.signature} with an HMAC signature made with {@code macAlgorithm} ("HmacSHA256"). */
    static String signed(String header, String payload, String key, String macAlgorithm) {
        String signingInput = base64url(header) + "." + base64url(payload);
        try {
            Mac mac = Mac.getInstance(macAlgorithm);
            mac.init(new SecretKeySpec(key.getBytes(UTF_8), macAlgorithm));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(signingInput.getBytes(UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hs256(String payload) {
        return signed(HS256_HEADER, payload, DEV_KEY, "HmacSHA256");
    }

    /** The token with its payload replaced and its signature kept: what an attacker sends. */
    static String withPayload(String token, String payload) {
        String[] parts = token.split("\\.", -1);
        return parts[0] + "." + base64url(payload) + "." + parts[2];
    }
}
