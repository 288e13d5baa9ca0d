package dev.apikata.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.apikata.course.LearnerFeedback;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Module 04, task 04.8: the header and claims of a JWT, decoded without checking anything. */
@ExtendWith(LearnerFeedback.class)
@Tag("task:04.8")
@DisplayName("04.8 DecodedJwt.decode: header and payload of a JWT")
class DecodedJwtTest {

    // The claims the practice API puts in its tokens.
    private static final String PRACTICE_CLAIMS = "{\"iss\":\"apikata-mock\",\"sub\":\"apikata-dev-client\",\"aud\":\"apikata\","
            + "\"iat\":1796120166,\"exp\":1796123766,\"scope\":\"read write\",\"jti\":\"9d7a4371-01c7-434f-b68c-5cc654f9d2c3\"}";

    @Test
    @DisplayName("a token like the practice API's: alg, sub, scope split at spaces, exp in seconds")
    void practiceApiToken() {
        DecodedJwt jwt = DecodedJwt.decode(Jwts.hs256(PRACTICE_CLAIMS));

        assertThat(jwt.algorithm()).as("algorithm()").isEqualTo("HS256");
        assertThat(jwt.subject()).as("subject()").isEqualTo("apikata-dev-client");
        assertThat(jwt.scopes()).as("scopes()").containsExactlyInAnyOrder("read", "write");
        assertThat(jwt.expiresAt()).as("expiresAt() of exp 1796123766").isEqualTo(Instant.ofEpochSecond(1796123766L));
    }

    @Test
    @DisplayName("base64url, not base64: a payload whose encoding has - and _ decodes, as UTF-8")
    void base64urlAndUtf8() {
        String claims = "{\"sub\":\"夜間バックアップ\",\"scope\":\"read\",\"exp\":1796123766}";
        String token = Jwts.hs256(claims);

        DecodedJwt jwt = DecodedJwt.decode(token);

        assertThat(Jwts.base64url(claims)).as("the test's own payload (it must use the base64url alphabet)").containsAnyOf("-", "_");
        assertThat(jwt.subject()).as("subject()").isEqualTo("夜間バックアップ");
    }

    @Test
    @DisplayName("absent claims: no sub is null, no scope is empty, no exp is null")
    void absentClaims() {
        DecodedJwt jwt = DecodedJwt.decode(Jwts.hs256("{\"iss\":\"apikata-mock\"}"));

        assertThat(jwt.subject()).as("subject()").isNull();
        assertThat(jwt.scopes()).as("scopes()").isEmpty();
        assertThat(jwt.expiresAt()).as("expiresAt()").isNull();
    }

    @Test
    @DisplayName("decoding checks nothing: an unsigned token (alg none, empty signature) decodes")
    void unsignedTokenDecodes() {
        String unsigned = Jwts.base64url("{\"alg\":\"none\"}") + "." + Jwts.base64url(PRACTICE_CLAIMS) + ".";

        DecodedJwt jwt = DecodedJwt.decode(unsigned);

        assertThat(jwt.algorithm()).as("algorithm() of \"header.payload.\"").isEqualTo("none");
        assertThat(jwt.subject()).as("subject()").isEqualTo("apikata-dev-client");
    }

    static Stream<Arguments> malformed() {
        String header = Jwts.base64url(Jwts.HS256_HEADER);
        String payload = Jwts.base64url(PRACTICE_CLAIMS);
        return Stream.of(
                Arguments.of("one part", "not-a-token"),
                Arguments.of("two parts", header + "." + payload),
                Arguments.of("five parts (an encrypted JWE)", header + "." + payload + ".a.b.c"),
                Arguments.of("a header that is not base64url", "*** ." + payload + ".c2ln"),
                Arguments.of("a header that is a JSON array, not an object", Jwts.base64url("[\"HS256\"]") + "." + payload + ".c2ln"),
                Arguments.of("a payload that is not JSON", header + "." + Jwts.base64url("hello") + ".c2ln"),
                Arguments.of("a payload that is a JSON array", header + "." + Jwts.base64url("[1, 2]") + ".c2ln"),
                Arguments.of("an exp that is not a number", header + "." + Jwts.base64url("{\"exp\":\"tomorrow\"}") + ".c2ln"));
    }

    @ParameterizedTest(name = "{0}: InvalidTokenException, MALFORMED")
    @MethodSource("malformed")
    void malformedTokens(String what, String token) {
        assertThatExceptionOfType(InvalidTokenException.class)
                .as("decode(%s)", what)
                .isThrownBy(() -> DecodedJwt.decode(token))
                .satisfies(e -> assertThat(e.reason()).as("reason()").isEqualTo(InvalidTokenException.Reason.MALFORMED));
    }
}
