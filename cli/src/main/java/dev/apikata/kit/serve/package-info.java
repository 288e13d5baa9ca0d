/** {@code kit serve}: the mock server's own command in the foreground, with the kit's language. */
package dev.apikata.kit.serve;
