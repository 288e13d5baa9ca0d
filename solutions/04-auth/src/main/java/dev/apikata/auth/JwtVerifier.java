package dev.apikata.auth;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks HS256-signed JWTs with the JDK alone: the algorithm, the HMAC-SHA256 signature
 * (compared in constant time) and the expiry. What a resource server does with every token;
 * in production, use a library (chapter section {@code #jwt-verify}).
 */
public final class JwtVerifier {

    /** The one algorithm this verifier accepts. The token does not get to choose. */
    public static final String ALGORITHM = "HS256";

    /** RFC 7518 section 3.2: an HS256 key has at least 256 bits. */
    public static final int MINIMUM_KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration allowedClockSkew;

    /**
     * @param key              the shared secret (its UTF-8 bytes are the HMAC key)
     * @param allowedClockSkew how long after {@code exp} a token is still accepted, because the
     *                         issuer's clock and ours never agree exactly
     * @throws IllegalArgumentException when the key is shorter than {@link #MINIMUM_KEY_BYTES} bytes
     */
    public JwtVerifier(Secret key, Clock clock, Duration allowedClockSkew) {
        this.key = new SecretKeySpec(strongKey(key), "HmacSHA256");
        this.clock = clock;
        this.allowedClockSkew = allowedClockSkew;
    }

    /** The key's UTF-8 bytes; refuses a key shorter than 256 bits, which can be guessed offline from any token. */
    private static byte[] strongKey(Secret key) {
        byte[] bytes = key.reveal().getBytes(UTF_8);
        if (bytes.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("An HS256 key needs at least " + MINIMUM_KEY_BYTES
                    + " bytes (RFC 7518 section 3.2); this one has " + bytes.length);
        }
        return bytes;
    }

    /**
     * Returns the token's claims if, in this order: it decodes ({@link DecodedJwt#decode}); its
     * {@code alg} is exactly {@value #ALGORITHM}; its signature is the HMAC-SHA256 of
     * {@code header.payload} as sent, compared in constant time; it has an {@code exp}; and the
     * clock is before {@code exp + allowedClockSkew}. The signature comes before any claim is
     * trusted: an altered token is {@code BAD_SIGNATURE} even when its {@code exp} has passed.
     *
     * @throws InvalidTokenException with the first reason that applies:
     *         MALFORMED (also for a missing {@code exp}), UNEXPECTED_ALGORITHM, BAD_SIGNATURE, EXPIRED
     */
    public DecodedJwt verify(String token) {
        DecodedJwt decoded = DecodedJwt.decode(token);
        if (!ALGORITHM.equals(decoded.algorithm())) {
            throw new InvalidTokenException(InvalidTokenException.Reason.UNEXPECTED_ALGORITHM,
                    "alg " + decoded.algorithm() + " is not " + ALGORITHM);
        }
        int lastDot = token.lastIndexOf('.');
        byte[] expected = hmac(token.substring(0, lastDot));
        byte[] actual;
        try {
            actual = Base64.getUrlDecoder().decode(token.substring(lastDot + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException(InvalidTokenException.Reason.MALFORMED, "the signature is not base64url");
        }
        // Constant time: String.equals stops at the first difference, which leaks how much matched.
        if (!MessageDigest.isEqual(expected, actual)) {
            throw new InvalidTokenException(InvalidTokenException.Reason.BAD_SIGNATURE,
                    "the signature does not match: the token was altered or signed with another key");
        }
        if (decoded.expiresAt() == null) {
            throw new InvalidTokenException(InvalidTokenException.Reason.MALFORMED, "the token has no exp");
        }
        if (!clock.instant().isBefore(decoded.expiresAt().plus(allowedClockSkew))) {
            throw new InvalidTokenException(InvalidTokenException.Reason.EXPIRED, "it expired at " + decoded.expiresAt());
        }
        return decoded;
    }

    private byte[] hmac(String signingInput) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(signingInput.getBytes(US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
