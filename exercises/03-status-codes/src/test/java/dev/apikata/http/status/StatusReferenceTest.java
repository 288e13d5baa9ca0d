package dev.apikata.http.status;

import static dev.apikata.http.status.ClientAction.ASK_FOR_ACCESS;
import static dev.apikata.http.status.ClientAction.ASSEMBLE_RANGES;
import static dev.apikata.http.status.ClientAction.AUTHENTICATE;
import static dev.apikata.http.status.ClientAction.AWAIT_FINAL_RESPONSE;
import static dev.apikata.http.status.ClientAction.FIX_REQUEST;
import static dev.apikata.http.status.ClientAction.FOLLOW_REDIRECT;
import static dev.apikata.http.status.ClientAction.NO_BODY_TO_READ;
import static dev.apikata.http.status.ClientAction.POLL_STATUS;
import static dev.apikata.http.status.ClientAction.READ_LOCATION;
import static dev.apikata.http.status.ClientAction.REPORT;
import static dev.apikata.http.status.ClientAction.RESOLVE_CONFLICT;
import static dev.apikata.http.status.ClientAction.RETRY_LATER;
import static dev.apikata.http.status.ClientAction.TREAT_AS_ABSENT;
import static dev.apikata.http.status.ClientAction.USE_BODY;
import static dev.apikata.http.status.ClientAction.USE_CACHED_COPY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.apikata.course.LearnerFeedback;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module 03, task 03.2: the chapter's reference of 35 codes, their reason phrases and what a
 * client does with each. A failure lists every code answered differently from the chapter's table.
 */
@ExtendWith(LearnerFeedback.class)
@Tag("task:03.2")
@DisplayName("03.2 StatusCodes: the reference of 35 codes")
class StatusReferenceTest {

    /** The "what to do" column of the chapter's table. */
    private static final Map<Integer, ClientAction> ADVICE = Map.ofEntries(
            Map.entry(100, AWAIT_FINAL_RESPONSE), Map.entry(101, AWAIT_FINAL_RESPONSE), Map.entry(102, AWAIT_FINAL_RESPONSE),
            Map.entry(200, USE_BODY), Map.entry(201, READ_LOCATION), Map.entry(202, POLL_STATUS),
            Map.entry(204, NO_BODY_TO_READ), Map.entry(206, ASSEMBLE_RANGES),
            Map.entry(301, FOLLOW_REDIRECT), Map.entry(302, FOLLOW_REDIRECT), Map.entry(304, USE_CACHED_COPY),
            Map.entry(307, FOLLOW_REDIRECT), Map.entry(308, FOLLOW_REDIRECT),
            Map.entry(400, FIX_REQUEST), Map.entry(401, AUTHENTICATE), Map.entry(403, ASK_FOR_ACCESS),
            Map.entry(404, TREAT_AS_ABSENT), Map.entry(405, FIX_REQUEST), Map.entry(406, FIX_REQUEST),
            Map.entry(408, RETRY_LATER), Map.entry(409, RESOLVE_CONFLICT), Map.entry(410, TREAT_AS_ABSENT),
            Map.entry(413, FIX_REQUEST), Map.entry(414, FIX_REQUEST), Map.entry(415, FIX_REQUEST),
            Map.entry(422, FIX_REQUEST), Map.entry(423, RESOLVE_CONFLICT), Map.entry(429, RETRY_LATER),
            Map.entry(500, RETRY_LATER), Map.entry(501, REPORT), Map.entry(502, RETRY_LATER),
            Map.entry(503, RETRY_LATER), Map.entry(504, RETRY_LATER), Map.entry(507, REPORT), Map.entry(511, REPORT));

    @Test
    @DisplayName("every code of the reference has its reason phrase")
    void reasonPhrases() {
        Map<Integer, Optional<String>> wrong = new TreeMap<>();
        for (int code : StatusReference.CODES) {
            Optional<String> phrase = StatusCodes.reasonPhrase(code);
            if (phrase.isEmpty() || !StatusReference.REASONS.get(code).contains(phrase.get())) {
                wrong.put(code, phrase);
            }
        }
        assertThat(wrong).as("codes whose reasonPhrase(...) differs from the reference (code=what it returned)").isEmpty();
    }

    @ParameterizedTest(name = "{0} is not in the reference: no reason phrase")
    @ValueSource(ints = {199, 299, 470, 599})
    void codesOutsideTheReferenceHaveNoPhrase(int code) {
        assertThat(StatusCodes.reasonPhrase(code)).as("reasonPhrase(%d)", code).isEmpty();
    }

    @Test
    @DisplayName("every code of the reference gets the action of the chapter's table")
    void adviceForEveryCode() {
        Map<Integer, ClientAction> wrong = new TreeMap<>();
        for (int code : StatusReference.CODES) {
            ClientAction action = StatusCodes.advice(code);
            if (action != ADVICE.get(code)) {
                wrong.put(code, action);
            }
        }
        assertThat(wrong).as("codes whose advice(...) differs from the chapter's table (code=what it returned)").isEmpty();
    }

    @Test
    @DisplayName("401 asks for credentials, 403 for access: they are not the same advice")
    void unauthorizedIsNotForbidden() {
        assertThat(StatusCodes.advice(401)).as("advice(401)").isEqualTo(AUTHENTICATE);
        assertThat(StatusCodes.advice(403)).as("advice(403)").isEqualTo(ASK_FOR_ACCESS);
    }

    @ParameterizedTest(name = "{0} is not in the table: treated like {1}")
    @CsvSource({"199, AWAIT_FINAL_RESPONSE", "299, USE_BODY", "303, FOLLOW_REDIRECT", "418, FIX_REQUEST",
        "499, FIX_REQUEST", "520, RETRY_LATER", "599, RETRY_LATER"})
    void unknownCodesActLikeTheirFamily(int code, ClientAction expected) {
        assertThat(StatusCodes.advice(code)).as("advice(%d), like the x00 code of its class", code).isEqualTo(expected);
    }

    @ParameterizedTest(name = "advice({0}) is an IllegalArgumentException: not a status code")
    @ValueSource(ints = {99, 600})
    void adviceRejectsNonCodes(int code) {
        assertThatIllegalArgumentException().as("advice(%d)", code).isThrownBy(() -> StatusCodes.advice(code));
    }
}
