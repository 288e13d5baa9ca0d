package dev.apikata.mock.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.apikata.mock.MutableClock;
import dev.apikata.mock.route.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JwtTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2023-01-01T00:00:00Z"));
    private final Jwt jwt = new Jwt("test-secret", clock, "issuer", "audience");
    private final long now = clock.instant().getEpochSecond();

    private ObjectNode claims(long exp) {
        return Json.object().put("iss", "issuer").put("aud", "audience").put("sub", "client").put("scope", "read").put("iat", now).put("exp", exp);
    }

    private String token(long exp) {
        return jwt.sign(claims(exp));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a signed token verifies and gives back its claims")
    void roundTrip() throws Exception {
        assertThat(jwt.verify(token(now + 60)).get("sub").asText()).isEqualTo("client");
    }

    @Test
    @DisplayName("an expired token is refused")
    void expired() {
        String token = token(now + 60);
        clock.advance(Duration.ofSeconds(60));

        assertThatThrownBy(() -> jwt.verify(token)).isInstanceOf(Jwt.InvalidToken.class).hasMessageContaining("expired");
    }

    @Test
    @DisplayName("a token with an altered payload is refused")
    void tampered() {
        String[] parts = token(now + 60).split("\\.");
        String forged = parts[0] + "." + b64("{\"sub\":\"client\",\"scope\":\"admin\",\"exp\":" + (now + 60) + "}") + "." + parts[2];

        assertThatThrownBy(() -> jwt.verify(forged)).isInstanceOf(Jwt.InvalidToken.class).hasMessageContaining("signature");
    }

    @Test
    @DisplayName("alg none and a token signed with another key are refused")
    void algNoneAndWrongKey() {
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64("{\"sub\":\"x\",\"exp\":" + (now + 60) + "}") + ".";
        String otherKey = new Jwt("another-secret", clock, "issuer", "audience").sign(claims(now + 60));

        assertThatThrownBy(() -> jwt.verify(none)).isInstanceOf(Jwt.InvalidToken.class).hasMessageContaining("none");
        assertThatThrownBy(() -> jwt.verify(otherKey)).isInstanceOf(Jwt.InvalidToken.class).hasMessageContaining("signature");
        assertThatThrownBy(() -> jwt.verify("not-a-jwt")).isInstanceOf(Jwt.InvalidToken.class);
    }

    @Test
    @DisplayName("a token from another issuer or for another audience is refused; aud may be a list")
    void issuerAndAudience() throws Exception {
        String otherIssuer = jwt.sign(claims(now + 60).put("iss", "someone-else"));
        String noIssuer = jwt.sign((ObjectNode) claims(now + 60).without("iss"));
        String otherAudience = jwt.sign(claims(now + 60).put("aud", "another-api"));
        ObjectNode listed = claims(now + 60);
        listed.putArray("aud").add("another-api").add("audience");

        assertThatThrownBy(() -> jwt.verify(otherIssuer)).isInstanceOf(Jwt.InvalidToken.class).hasMessageContaining("iss").hasMessageContaining("someone-else");
        assertThatThrownBy(() -> jwt.verify(noIssuer)).isInstanceOf(Jwt.InvalidToken.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> jwt.verify(otherAudience)).isInstanceOf(Jwt.InvalidToken.class).hasMessageContaining("aud");
        assertThat(jwt.verify(jwt.sign(listed)).get("sub").asText()).isEqualTo("client");
    }

    @Test
    @DisplayName("a token used before its nbf is refused, and valid from then on")
    void notBefore() throws Exception {
        String token = jwt.sign(claims(now + 600).put("nbf", now + 60));

        assertThatThrownBy(() -> jwt.verify(token)).isInstanceOf(Jwt.InvalidToken.class).hasMessageContaining("not valid before");
        clock.advance(Duration.ofSeconds(60));
        assertThat(jwt.verify(token).get("sub").asText()).isEqualTo("client");
    }

    @Test
    @DisplayName("an exp that is text is refused as not a number, not as missing")
    void expAsText() {
        String token = jwt.sign(claims(0).put("exp", String.valueOf(now + 60)));

        assertThatThrownBy(() -> jwt.verify(token)).isInstanceOf(Jwt.InvalidToken.class)
                .hasMessageContaining("'exp' claim must be a number").hasMessageNotContaining("no 'exp'");
    }
}
