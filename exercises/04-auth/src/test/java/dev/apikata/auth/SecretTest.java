package dev.apikata.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.LearnerFeedback;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Module 04, task 04.1: a secret that prints itself masked. */
@ExtendWith(LearnerFeedback.class)
@Tag("task:04.1")
@DisplayName("04.1 Secret: masked whenever it is printed")
class SecretTest {

    // DEV ONLY: the practice API's published key, 27 characters.
    private static final String API_KEY = "dev-only-api-key-0123456789";

    /** The first four characters, an ellipsis (one character, or three dots), the last two. */
    private static void assertPartlyShown(String masked, String secret) {
        String first = secret.substring(0, 4);
        String last = secret.substring(secret.length() - 2);
        assertThat(masked).as("the masked form of a secret of %d characters", secret.length())
                .isIn(first + "…" + last, first + "..." + last);
    }

    @Test
    @DisplayName("a key of 27 characters shows its first four and last two: dev-…89")
    void showsFirstFourAndLastTwo() {
        assertPartlyShown(Secret.of(API_KEY).masked(), API_KEY);
    }

    @Test
    @DisplayName("toString() is the masked form, so concatenation and loggers cannot leak the key")
    void toStringIsMasked() {
        Secret key = Secret.of(API_KEY);

        String logLine = "calling the API with key " + key;

        assertThat(key.toString()).as("toString()").isEqualTo(key.masked());
        assertThat(logLine).as("a string built with +").doesNotContain(API_KEY);
    }

    @Test
    @DisplayName("16 characters is the shortest secret that shows a part of itself")
    void sixteenCharactersArePartlyShown() {
        String secret = "dev-only-pass-42"; // DEV ONLY, 16 characters

        assertPartlyShown(Secret.of(secret).masked(), secret);
    }

    @ParameterizedTest(name = "\"{0}\" (fewer than 16 characters) is masked completely: ****")
    @ValueSource(strings = {"dev-only-pass-1", "hunter22", "ab", ""})
    void shortSecretsAreFullyMasked(String secret) {
        assertThat(Secret.of(secret).masked()).as("the masked form of a secret of %d characters", secret.length())
                .isEqualTo(Secret.FULLY_MASKED);
    }

    @Test
    @DisplayName("the masked form does not tell how long the secret is")
    void lengthIsNotRevealed() {
        String shorter = "dev-only-key-of-twenty";
        String longer = "dev-only-" + "x".repeat(50) + "-end";

        assertThat(Secret.of(longer).masked()).as("the masked form of a %d-character secret, compared with a %d-character one's",
                longer.length(), shorter.length()).hasSameSizeAs(Secret.of(shorter).masked());
    }
}
