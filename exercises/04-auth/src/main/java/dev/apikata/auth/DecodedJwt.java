package dev.apikata.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikata.course.NotDoneYet;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a JWT says about itself: its header's {@code alg} and the claims {@code sub},
 * {@code scope} and {@code exp}. Decoding is not verifying: anyone can write these parts, so
 * trust them only after {@link JwtVerifier#verify(String)}. Chapter section {@code #jwt-decode}.
 *
 * @param algorithm the header's {@code alg}, {@code null} when there is none
 * @param subject   {@code sub}, who the token is about (a user, or a client id); {@code null} when absent
 * @param scopes    {@code scope}, split at spaces; empty when absent
 * @param expiresAt {@code exp} (seconds since 1970), {@code null} when absent
 */
public record DecodedJwt(String algorithm, String subject, Set<String> scopes, Instant expiresAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public DecodedJwt {
        scopes = Set.copyOf(scopes);
    }

    /**
     * Splits {@code token} into its three dot-separated parts ({@code header.payload.signature};
     * the signature may be empty) and base64url-decodes the header and the payload, each a JSON
     * object. Checks no signature.
     *
     * @throws InvalidTokenException with {@link InvalidTokenException.Reason#MALFORMED} when the
     *         token does not have three parts, a part is not base64url, the header or payload is
     *         not a JSON object, or {@code exp} is not a number
     */
    public static DecodedJwt decode(String token) {
        throw NotDoneYet.task("04.8");
    }
}
