package dev.apikata.kit.mistakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RejectionRecordTest {

    private static final String MISTAKE = """
            # Why this is wrong, in a comment that must survive.
            task: "01.1"
            explain: { ja: "…", en: "…" }
            replace:
              Greeter.greet: |
                return "Hello";
            rejected-by:
              - { test: "old test", failure: assertion }
            """;

    @Test
    void replacesTheListAndKeepsEverythingAboveIt() {
        String recorded = RejectionRecord.withRecord(MISTAKE, List.of(
                new KnownMistake.Rejection("says \"Hello, Bo!\"", "assertion"),
                new KnownMistake.Rejection("a reset connection", "request-mismatch")));

        assertThat(recorded).isEqualTo("""
                # Why this is wrong, in a comment that must survive.
                task: "01.1"
                explain: { ja: "…", en: "…" }
                replace:
                  Greeter.greet: |
                    return "Hello";
                rejected-by:
                  - { test: "a reset connection", failure: request-mismatch }
                  - { test: "says \\"Hello, Bo!\\"", failure: assertion }
                """);
    }

    @Test
    void aFileWithoutAListGetsOneAtTheEnd() {
        String withoutList = MISTAKE.substring(0, MISTAKE.indexOf("rejected-by:"));

        assertThat(RejectionRecord.withRecord(withoutList, List.of())).endsWith("    return \"Hello\";\nrejected-by: []\n");
    }
}
