package dev.apikata.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        String[] parts = token.split("\\.", -1); // -1 keeps an empty signature: "header.payload."
        if (parts.length != 3) {
            throw malformed("a JWT has three parts separated by dots; this one has " + parts.length);
        }
        JsonNode header = object(parts[0], "header");
        JsonNode claims = object(parts[1], "payload");
        JsonNode exp = claims.path("exp");
        if (!exp.isMissingNode() && !exp.isNumber()) {
            throw malformed("exp is not a number of seconds");
        }
        Set<String> scopes = Arrays.stream(claims.path("scope").asText("").split(" "))
                .filter(scope -> !scope.isEmpty()).collect(Collectors.toSet());
        return new DecodedJwt(header.path("alg").textValue(), claims.path("sub").textValue(), scopes,
                exp.isMissingNode() ? null : Instant.ofEpochSecond(exp.asLong()));
    }

    private static JsonNode object(String part, String name) {
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(part));
            if (node == null || !node.isObject()) {
                throw malformed("the " + name + " is not a JSON object");
            }
            return node;
        } catch (IllegalArgumentException | IOException e) {
            throw malformed("the " + name + " is not base64url-encoded JSON");
        }
    }

    private static InvalidTokenException malformed(String message) {
        return new InvalidTokenException(InvalidTokenException.Reason.MALFORMED, message);
    }
}
