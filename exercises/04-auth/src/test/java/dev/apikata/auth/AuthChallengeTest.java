package dev.apikata.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.LearnerFeedback;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Module 04, task 04.5: the challenges of a WWW-Authenticate value (RFC 9110 section 11.6.1). */
@ExtendWith(LearnerFeedback.class)
@Tag("task:04.5")
@DisplayName("04.5 AuthChallenge.parse: reading WWW-Authenticate")
class AuthChallengeTest {

    @Test
    @DisplayName("one Bearer challenge; a comma inside quotes belongs to the value")
    void oneChallenge() {
        List<AuthChallenge> challenges = AuthChallenge.parse(
                "Bearer realm=\"apikata\", error=\"invalid_token\", error_description=\"The token expired at 09:00, ask for a new one\"");

        assertThat(challenges).as("the challenges of the header").hasSize(1);
        assertThat(challenges.get(0).scheme()).as("scheme()").isEqualToIgnoringCase("Bearer");
        assertThat(challenges.get(0).parameters()).as("parameters()").containsExactlyInAnyOrderEntriesOf(Map.of(
                "realm", "apikata",
                "error", "invalid_token",
                "error_description", "The token expired at 09:00, ask for a new one"));
    }

    @Test
    @DisplayName("\\\" inside a quoted value is a quote, and the quotes around a value are not part of it")
    void escapedQuotes() {
        List<AuthChallenge> challenges = AuthChallenge.parse("Bearer error=\"invalid_request\", error_description=\"the \\\"scope\\\" claim is missing\"");

        assertThat(challenges).as("the challenges of the header").hasSize(1);
        assertThat(challenges.get(0).parameter("error_description")).as("error_description")
                .contains("the \"scope\" claim is missing");
        assertThat(challenges.get(0).parameter("error")).as("error").contains("invalid_request");
    }

    @Test
    @DisplayName("values may be bare tokens, with no space after the commas")
    void tokenValues() {
        List<AuthChallenge> challenges = AuthChallenge.parse("Bearer realm=apikata,error=invalid_token,scope=\"read write\"");

        assertThat(challenges).as("the challenges of the header").hasSize(1);
        assertThat(challenges.get(0).parameters()).as("parameters()").containsExactlyInAnyOrderEntriesOf(Map.of(
                "realm", "apikata", "error", "invalid_token", "scope", "read write"));
    }

    @Test
    @DisplayName("spaces around = are allowed")
    void spacesAroundEquals() {
        List<AuthChallenge> challenges = AuthChallenge.parse("Bearer realm = \"apikata\" , error = invalid_token");

        assertThat(challenges).as("the challenges of the header").hasSize(1);
        assertThat(challenges.get(0).parameters()).as("parameters()").containsExactlyInAnyOrderEntriesOf(Map.of(
                "realm", "apikata", "error", "invalid_token"));
    }

    @Test
    @DisplayName("scheme and parameter names are case-insensitive: bearer, Realm, ERROR")
    void namesIgnoreCase() {
        List<AuthChallenge> challenges = AuthChallenge.parse("bearer Realm=\"apikata\", ERROR=\"insufficient_scope\", Scope=\"admin\"");

        assertThat(challenges).as("the challenges of the header").hasSize(1);
        AuthChallenge challenge = challenges.get(0);
        assertThat(challenge.isScheme("Bearer")).as("isScheme(\"Bearer\") of scheme \"bearer\"").isTrue();
        assertThat(challenge.parameters()).as("parameters(), names in lower case").containsExactlyInAnyOrderEntriesOf(Map.of(
                "realm", "apikata", "error", "insufficient_scope", "scope", "admin"));
    }

    @Test
    @DisplayName("two challenges in one value, each with its own parameters")
    void twoChallenges() {
        List<AuthChallenge> challenges = AuthChallenge.parse(
                "Basic realm=\"apikata\", charset=\"UTF-8\", Bearer realm=\"apikata\", error=\"invalid_token\"");

        assertThat(challenges).as("the challenges of the header").hasSize(2);
        assertThat(challenges.get(0).scheme()).as("the first scheme").isEqualToIgnoringCase("Basic");
        assertThat(challenges.get(0).parameters()).as("the first challenge's parameters")
                .containsExactlyInAnyOrderEntriesOf(Map.of("realm", "apikata", "charset", "UTF-8"));
        assertThat(challenges.get(1).scheme()).as("the second scheme").isEqualToIgnoringCase("Bearer");
        assertThat(challenges.get(1).parameters()).as("the second challenge's parameters")
                .containsExactlyInAnyOrderEntriesOf(Map.of("realm", "apikata", "error", "invalid_token"));
    }

    @Test
    @DisplayName("a scheme alone is a challenge without parameters; an empty value holds none")
    void bareSchemeAndEmptyValue() {
        List<AuthChallenge> bare = AuthChallenge.parse("Bearer");
        List<AuthChallenge> empty = AuthChallenge.parse("");

        assertThat(bare).as("the challenges of \"Bearer\"").hasSize(1);
        assertThat(bare.get(0).scheme()).as("scheme()").isEqualToIgnoringCase("Bearer");
        assertThat(bare.get(0).parameters()).as("parameters()").isEmpty();
        assertThat(empty).as("the challenges of an empty value").isEmpty();
    }
}
