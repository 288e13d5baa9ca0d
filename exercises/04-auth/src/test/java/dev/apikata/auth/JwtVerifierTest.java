package dev.apikata.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.apikata.course.LearnerFeedback;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module 04, task 04.9: an HS256 verifier. The tests sign their own tokens with the practice
 * API's published key, then change them the way an attacker would.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:04.9")
@DisplayName("04.9 JwtVerifier: HS256 signature, algorithm and expiry")
class JwtVerifierTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final long IN_AN_HOUR = NOW.plusSeconds(3600).getEpochSecond();

    private JwtVerifier verifier() {
        return new JwtVerifier(Secret.of(Jwts.DEV_KEY), Clock.fixed(NOW, ZoneOffset.UTC), SKEW);
    }

    private static String claims(String scope, long exp) {
        return "{\"iss\":\"apikata-mock\",\"sub\":\"apikata-dev-client\",\"exp\":" + exp + ",\"scope\":\"" + scope + "\"}";
    }

    private void assertRefused(String token, InvalidTokenException.Reason reason, String description) {
        assertThatExceptionOfType(InvalidTokenException.class)
                .as("verify(%s)", description)
                .isThrownBy(() -> verifier().verify(token))
                .satisfies(e -> assertThat(e.reason()).as("reason() for %s", description).isEqualTo(reason));
    }

    @Test
    @DisplayName("a token signed with the key, an hour before its exp: accepted, with its claims")
    void acceptsAValidToken() {
        DecodedJwt jwt = verifier().verify(Jwts.hs256(claims("read write", IN_AN_HOUR)));

        assertThat(jwt.subject()).as("subject()").isEqualTo("apikata-dev-client");
        assertThat(jwt.scopes()).as("scopes()").containsExactlyInAnyOrder("read", "write");
        assertThat(jwt.expiresAt()).as("expiresAt()").isEqualTo(Instant.ofEpochSecond(IN_AN_HOUR));
    }

    @ParameterizedTest(name = "the header {0} is accepted: the signature covers the header as it was sent")
    @ValueSource(strings = {
        "{\"typ\":\"at+jwt\",\"kid\":\"dev-1\",\"alg\":\"HS256\"}",
        "{ \"alg\": \"HS256\" }"})
    void acceptsOtherHeaders(String header) {
        String token = Jwts.signed(header, claims("read", IN_AN_HOUR), Jwts.DEV_KEY, "HmacSHA256");

        assertThat(verifier().verify(token).subject()).as("subject() of a token with header %s", header)
                .isEqualTo("apikata-dev-client");
    }

    @Test
    @DisplayName("a payload changed after signing (scope raised to admin): BAD_SIGNATURE")
    void changedPayload() {
        String token = Jwts.hs256(claims("read", IN_AN_HOUR));
        String forged = Jwts.withPayload(token, claims("read write admin", IN_AN_HOUR));

        assertRefused(forged, InvalidTokenException.Reason.BAD_SIGNATURE, "a token whose scope was changed to admin");
    }

    @Test
    @DisplayName("a token signed with another key: BAD_SIGNATURE")
    void otherKey() {
        String token = Jwts.signed(Jwts.HS256_HEADER, claims("read", IN_AN_HOUR), "dev-only-another-key-of-32-bytes-or-more", "HmacSHA256");

        assertRefused(token, InvalidTokenException.Reason.BAD_SIGNATURE, "a token signed with another key");
    }

    static Stream<Arguments> otherAlgorithms() {
        String payload = claims("read write admin", IN_AN_HOUR);
        return Stream.of(
                Arguments.of("alg none with an empty signature",
                        Jwts.base64url("{\"alg\":\"none\"}") + "." + Jwts.base64url(payload) + "."),
                Arguments.of("alg HS512, signed with HMAC-SHA512 and the same key",
                        Jwts.signed("{\"alg\":\"HS512\",\"typ\":\"JWT\"}", payload, Jwts.DEV_KEY, "HmacSHA512")),
                Arguments.of("alg RS256 over a valid HMAC-SHA256 signature",
                        Jwts.signed("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", payload, Jwts.DEV_KEY, "HmacSHA256")));
    }

    @ParameterizedTest(name = "{0}: UNEXPECTED_ALGORITHM, whatever the signature")
    @MethodSource("otherAlgorithms")
    void otherAlgorithmsAreRefused(String what, String token) {
        assertRefused(token, InvalidTokenException.Reason.UNEXPECTED_ALGORITHM, what);
    }

    @Test
    @DisplayName("exp exactly 30 s ago (the allowed skew): EXPIRED")
    void expiredBeyondTheSkew() {
        String token = Jwts.hs256(claims("read", NOW.minus(SKEW).getEpochSecond()));

        assertRefused(token, InvalidTokenException.Reason.EXPIRED, "a token whose exp was 30 s ago");
    }

    @Test
    @DisplayName("exp 29 s ago, within the allowed skew of 30 s: still accepted")
    void expiredWithinTheSkew() {
        String token = Jwts.hs256(claims("read", NOW.minus(SKEW).plusSeconds(1).getEpochSecond()));

        assertThatCode(() -> verifier().verify(token)).as("verify(a token whose exp was 29 s ago)").doesNotThrowAnyException();
    }

    @Test
    @DisplayName("exp 10 s from now: still accepted (the skew makes a token live longer, never shorter)")
    void expiresSoon() {
        String token = Jwts.hs256(claims("read", NOW.plusSeconds(10).getEpochSecond()));

        assertThatCode(() -> verifier().verify(token)).as("verify(a token whose exp is 10 s from now)").doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a changed payload whose exp has passed: BAD_SIGNATURE, not EXPIRED (the signature comes first)")
    void signatureBeforeExpiry() {
        String token = Jwts.hs256(claims("read", IN_AN_HOUR));
        String forged = Jwts.withPayload(token, claims("read", NOW.minusSeconds(3600).getEpochSecond()));

        assertRefused(forged, InvalidTokenException.Reason.BAD_SIGNATURE, "a changed token that has expired");
    }

    @Test
    @DisplayName("a signature in standard Base64 (+ and /), not base64url: InvalidTokenException, not a decoder's IllegalArgumentException")
    void signatureNotBase64url() {
        String token = Jwts.hs256(claims("read", IN_AN_HOUR));
        int lastDot = token.lastIndexOf('.');
        String standard = Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
        String mangled = token.substring(0, lastDot + 1) + standard;

        assertThat(standard).as("the test's own signature (it must use the standard alphabet)").containsAnyOf("+", "/");
        assertThatExceptionOfType(InvalidTokenException.class)
                .as("verify(a token whose signature is standard Base64 %s, not base64url)", standard)
                .isThrownBy(() -> verifier().verify(mangled))
                .satisfies(e -> assertThat(e.reason()).as("reason() for a signature that does not decode")
                        .isIn(InvalidTokenException.Reason.MALFORMED, InvalidTokenException.Reason.BAD_SIGNATURE));
    }

    @Test
    @DisplayName("a signed token without exp never expires: MALFORMED")
    void noExpiry() {
        String token = Jwts.hs256("{\"iss\":\"apikata-mock\",\"sub\":\"apikata-dev-client\",\"scope\":\"read\"}");

        assertRefused(token, InvalidTokenException.Reason.MALFORMED, "a token without exp");
    }

    @Test
    @DisplayName("something that is not a JWT: MALFORMED")
    void notAJwt() {
        assertRefused("dev-only-api-key-0123456789", InvalidTokenException.Reason.MALFORMED, "an API key instead of a JWT");
    }

    @Test
    @DisplayName("a key of 31 bytes is refused when the verifier is built: IllegalArgumentException")
    void shortKeyIsRefused() {
        Secret weak = Secret.of("dev-only-key-of-31-bytes-length");

        assertThatExceptionOfType(IllegalArgumentException.class)
                .as("new JwtVerifier(a key of %d bytes, ...)", weak.reveal().length())
                .isThrownBy(() -> new JwtVerifier(weak, Clock.fixed(NOW, ZoneOffset.UTC), SKEW));
    }

    @Test
    @DisplayName("a key of exactly 32 bytes is accepted")
    void keyOf32BytesIsAccepted() {
        Secret key = Secret.of("dev-only-key-of-32-bytes-length!");
        String token = Jwts.signed(Jwts.HS256_HEADER, claims("read", IN_AN_HOUR), key.reveal(), "HmacSHA256");

        JwtVerifier verifier = new JwtVerifier(key, Clock.fixed(NOW, ZoneOffset.UTC), SKEW);

        assertThat(verifier.verify(token).subject()).as("subject() of a token signed with a 32-byte key").isEqualTo("apikata-dev-client");
    }
}
