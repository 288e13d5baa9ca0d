package dev.apikata.mock.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    private final Jwt jwt = new Jwt("test-secret", clock);
    private final long now = clock.instant().getEpochSecond();

    private String token(long exp) {
        return jwt.sign(Json.object().put("sub", "client").put("scope", "read").put("iat", now).put("exp", exp));
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
        String otherKey = new Jwt("another-secret", clock).sign(Json.object().put("exp", now + 60));

        assertThatThrownBy(() -> jwt.verify(none)).isInstanceOf(Jwt.InvalidToken.class).hasMessageContaining("none");
        assertThatThrownBy(() -> jwt.verify(otherKey)).isInstanceOf(Jwt.InvalidToken.class).hasMessageContaining("signature");
        assertThatThrownBy(() -> jwt.verify("not-a-jwt")).isInstanceOf(Jwt.InvalidToken.class);
    }
}
