package dev.apikata.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.apikata.course.ExerciseApi;
import dev.apikata.course.Language;
import dev.apikata.course.LearnerFeedback;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Module 04, task 04.2: an API key from an injected environment, sent in the header the
 * configuration names. The environment is a map: no test touches the real one.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:04.2")
@DisplayName("04.2 ApiKeyAuth: the key from the environment, in a header")
class ApiKeyAuthTest {

    private static final String VARIABLE = "APIKATA_API_KEY";
    // DEV ONLY: the practice API's published key.
    private static final String KEY = "dev-only-api-key-0123456789";
    private static final String AUTHENTICATED = "{\"authenticated\": true, \"method\": \"api-key\"}";

    @RegisterExtension
    static ExerciseApi api = ExerciseApi.onDynamicPort();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Environment environment(String value) {
        return Map.of(VARIABLE, value)::get;
    }

    /** Sends GET /secure/api-key, authenticated by {@code auth}, as a program using it would. */
    private static HttpResponse<String> call(ApiKeyAuth auth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.url("/secure/api-key"))).GET();
        return HTTP.send(auth.authenticate(request).build(), BodyHandlers.ofString());
    }

    @Test
    @DisplayName("X_API_KEY: sends X-API-Key with the key from the environment, no Authorization header, nothing in the URL")
    void sendsXApiKey() throws Exception {
        api.stubFor(get("/secure/api-key").withHeader("X-API-Key", equalTo(KEY)).willReturn(okJson(AUTHENTICATED)));

        HttpResponse<String> response = call(ApiKeyAuth.fromEnvironment(environment(KEY), VARIABLE, KeyPlacement.X_API_KEY));

        assertThat(response.statusCode()).as("the status of GET /secure/api-key with the key").isEqualTo(200);
        api.verify(getRequestedFor(urlEqualTo("/secure/api-key"))
                .withHeader("X-API-Key", equalTo(KEY))
                .withoutHeader("Authorization"));
    }

    @Test
    @DisplayName("AUTHORIZATION_BEARER: sends Authorization: Bearer <key>, no X-API-Key header, nothing in the URL")
    void sendsBearer() throws Exception {
        api.stubFor(get("/secure/api-key").willReturn(okJson(AUTHENTICATED)));

        call(ApiKeyAuth.fromEnvironment(environment(KEY), VARIABLE, KeyPlacement.AUTHORIZATION_BEARER));

        api.verify(getRequestedFor(urlEqualTo("/secure/api-key"))
                .withHeader("Authorization", matching("(?i)bearer +" + Pattern.quote(KEY)))
                .withoutHeader("X-API-Key"));
    }

    @Test
    @DisplayName("reads the variable it is given, not API_KEY")
    void readsTheNamedVariable() throws Exception {
        api.stubFor(get("/secure/api-key").willReturn(okJson(AUTHENTICATED)));
        Environment both = Map.of(ApiKeyAuth.DEFAULT_VARIABLE, "dev-only-some-other-key-000", VARIABLE, KEY)::get;

        call(ApiKeyAuth.fromEnvironment(both, VARIABLE, KeyPlacement.X_API_KEY));

        api.verify(getRequestedFor(urlEqualTo("/secure/api-key")).withHeader("X-API-Key", equalTo(KEY)));
    }

    @Test
    @DisplayName("whitespace around the value is dropped: a key file's trailing newline is not sent")
    void valueIsStripped() throws Exception {
        api.stubFor(get("/secure/api-key").willReturn(okJson(AUTHENTICATED)));

        call(ApiKeyAuth.fromEnvironment(environment(" " + KEY + "\n"), VARIABLE, KeyPlacement.X_API_KEY));

        api.verify(getRequestedFor(urlEqualTo("/secure/api-key")).withHeader("X-API-Key", equalTo(KEY)));
    }

    @Test
    @DisplayName("a missing variable fails at construction, before any request: MissingCredentialException naming it")
    void missingVariableFailsAtConstruction() {
        Environment empty = name -> null;

        assertThatExceptionOfType(MissingCredentialException.class)
                .as("fromEnvironment(...) when %s is not set", VARIABLE)
                .isThrownBy(() -> ApiKeyAuth.fromEnvironment(empty, VARIABLE, KeyPlacement.X_API_KEY))
                .satisfies(e -> assertThat(e.variable()).as("variable()").isEqualTo(VARIABLE));
    }

    @Test
    @DisplayName("the real environment works the same: a variable that is not set is missing")
    void realEnvironment() {
        String unset = "APIKATA_TEST_VARIABLE_THAT_IS_NEVER_SET";

        assertThatExceptionOfType(MissingCredentialException.class)
                .as("fromEnvironment(Environment.system(), %s, ...)", unset)
                .isThrownBy(() -> ApiKeyAuth.fromEnvironment(Environment.system(), unset, KeyPlacement.X_API_KEY))
                .satisfies(e -> assertThat(e.variable()).as("variable()").isEqualTo(unset));
    }

    static Stream<Arguments> blankValues() {
        return Stream.of(Arguments.of("an empty value", ""), Arguments.of("a value of spaces", "   "),
                Arguments.of("a newline alone", "\n"));
    }

    @ParameterizedTest(name = "{0} counts as missing")
    @MethodSource("blankValues")
    void blankValueIsMissing(String what, String value) {
        assertThatExceptionOfType(MissingCredentialException.class)
                .as("fromEnvironment(...) when %s is %s", VARIABLE, what)
                .isThrownBy(() -> ApiKeyAuth.fromEnvironment(environment(value), VARIABLE, KeyPlacement.X_API_KEY));
    }

    @ParameterizedTest(name = "in {0}, the message names the variable: {1}")
    @CsvSource(delimiter = '|', value = {
        "ja | APIKATA_API_KEY 環境変数が設定されていません",
        "en | The APIKATA_API_KEY environment variable is not set"})
    void messageInTheLearnersLanguage(String language, String expected) {
        String previous = System.getProperty(Language.SYSTEM_PROPERTY);
        System.setProperty(Language.SYSTEM_PROPERTY, language);
        try {
            assertThatExceptionOfType(MissingCredentialException.class)
                    .as("fromEnvironment(...) when %s is not set", VARIABLE)
                    .isThrownBy(() -> ApiKeyAuth.fromEnvironment(name -> null, VARIABLE, KeyPlacement.X_API_KEY))
                    .withMessageContaining(expected);
        } finally {
            if (previous == null) {
                System.clearProperty(Language.SYSTEM_PROPERTY);
            } else {
                System.setProperty(Language.SYSTEM_PROPERTY, previous);
            }
        }
    }

    @Test
    @DisplayName("toString() shows the masked key, never the key")
    void toStringIsMasked() {
        ApiKeyAuth auth = ApiKeyAuth.fromEnvironment(environment(KEY), VARIABLE, KeyPlacement.X_API_KEY);

        assertThat(auth.toString()).as("toString()")
                .doesNotContain(KEY)
                .contains(Secret.of(KEY).masked());
    }
}
