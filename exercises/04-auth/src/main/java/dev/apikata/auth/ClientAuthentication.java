package dev.apikata.auth;

/**
 * How a client proves itself at the token endpoint (RFC 6749 section 2.3.1). The names are the
 * ones servers use in their metadata ({@code token_endpoint_auth_methods_supported}).
 * Given: you do not need to change this enum.
 */
public enum ClientAuthentication {
    /**
     * HTTP Basic: {@code Authorization: Basic base64(urlencode(id) + ":" + urlencode(secret))}.
     * Every authorization server must support it; prefer it.
     */
    CLIENT_SECRET_BASIC,
    /** {@code client_id} and {@code client_secret} as form fields of the request body. */
    CLIENT_SECRET_POST
}
