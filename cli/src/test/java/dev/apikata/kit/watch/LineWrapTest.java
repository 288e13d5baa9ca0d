package dev.apikata.kit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.kit.TextTable;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LineWrapTest {

    private static final String ENGLISH = "- the Content-Type header was not sent (the test expected Content-Type: application/json)";
    private static final String JAPANESE = "  Content-Type ヘッダーが送られていません（テストが期待していたのは Content-Type: application/json です）。本文を JSON として読んでもらうには、このヘッダーが必要です。";

    @Test
    @DisplayName("a line that fits is left as it is")
    void shortLine() {
        assertThat(LineWrap.wrap("  expected: 201", 80)).containsExactly("  expected: 201");
    }

    @Test
    @DisplayName("English breaks at spaces, every word whole, list text under list text")
    void english() {
        List<String> rows = LineWrap.wrap(ENGLISH, 40);

        assertThat(rows).allSatisfy(row -> assertThat(TextTable.width(row)).as(row).isLessThanOrEqualTo(40));
        assertThat(rows.get(0)).startsWith("- the Content-Type");
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).startsWith("  ").doesNotStartWith("   "));
        assertThat(String.join(" ", rows.stream().map(String::strip).toList())).isEqualTo(ENGLISH);
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("Content-Type:"));
        assertThat(String.join("\n", rows)).contains("application/json)");
    }

    @Test
    @DisplayName("Japanese breaks between characters, two columns each, never before 、。 or ）, ASCII words whole")
    void japanese() {
        List<String> rows = LineWrap.wrap(JAPANESE, 30);

        assertThat(rows).allSatisfy(row -> assertThat(TextTable.width(row)).as(row).isLessThanOrEqualTo(30));
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).startsWith("  ")
                .doesNotStartWith("  、").doesNotStartWith("  。").doesNotStartWith("  ）"));
        assertThat(rows).allSatisfy(row -> assertThat(row).doesNotEndWith("（"));
        assertThat(String.join("", rows.stream().map(String::strip).toList()).replace(" ", ""))
                .isEqualTo(JAPANESE.strip().replace(" ", ""));
        assertThat(rows).noneSatisfy(row -> assertThat(row).endsWith("Conte"));
    }

    @Test
    @DisplayName("a word longer than the row is cut where the row is full")
    void longWord() {
        String url = "http://127.0.0.1:8080/" + "a".repeat(60);

        List<String> rows = LineWrap.wrap(url, 30);

        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(30));
        assertThat(String.join("", rows)).isEqualTo(url);
    }

    @Test
    @DisplayName("a line coloured as a whole keeps its colour on every row")
    void colouredLine() {
        String bold = "\u001b[1m" + ENGLISH + "\u001b[0m";

        List<String> rows = LineWrap.wrap(bold, 40);

        assertThat(rows).hasSizeGreaterThan(1)
                .allSatisfy(row -> assertThat(row).startsWith("\u001b[1m").endsWith("\u001b[0m"))
                .allSatisfy(row -> assertThat(TextTable.width(ScreenStyle.withoutEscapes(row))).isLessThanOrEqualTo(40));
    }
}
