package dev.apikata.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusReportTest {

    // What WireMock answers, with status 404, to a request no stub matched.
    private static final String NOT_MATCHED = """

                                                           Request was not matched
                                                           =======================

            -----------------------------------------------------------------------------------------------------------------------
            | Closest stub                                             | Request                                                  |
            -----------------------------------------------------------------------------------------------------------------------
                                                                       |
            DELETE                                                     | DELETE
            /posts/1                                                   | /post/1                                             <<<<< URL does not match
                                                                       |
                                                                       |
            -----------------------------------------------------------------------------------------------------------------------
            """;

    @Test
    void wireMocksNotMatchedPageShrinksToTheClosestStubAndTheDifference() {
        assertThat(StatusReport.excerpt(NOT_MATCHED, LearnerMessages.in(Language.EN))).isEqualTo(
                "no stub of the test matched this request (closest stub: DELETE /posts/1): "
                        + "the URL was /post/1; the test expected /posts/1");
    }

    @Test
    void theExcerptSpeaksJapanese() {
        assertThat(StatusReport.excerpt(NOT_MATCHED, LearnerMessages.in(Language.JA))).isEqualTo(
                "このリクエストに一致するスタブがテストにありません（いちばん近いスタブ: DELETE /posts/1）: "
                        + "URL が /post/1 でした。テストが期待したのは /posts/1 です");
    }

    @Test
    void anOrdinaryBodyKeepsItsStartWithWhitespaceCollapsed() {
        assertThat(StatusReport.excerpt("{\n  \"error\":   \"title is required\"\n}\n", LearnerMessages.in(Language.EN)))
                .isEqualTo("{ \"error\": \"title is required\" }");
        assertThat(StatusReport.excerpt("x".repeat(1000), LearnerMessages.in(Language.EN)))
                .hasSize(StatusReport.BODY_EXCERPT + 1).endsWith("…");
    }
}
