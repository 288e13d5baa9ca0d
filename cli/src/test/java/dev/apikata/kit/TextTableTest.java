package dev.apikata.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.kit.TextTable.Cell;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

class TextTableTest {

    @Test
    void alignsByDisplayWidthSoJapaneseLinesUp() {
        String table = new TextTable()
                .header("モジュール", "点")
                .row(Cell.plain("01-http"), Cell.plain("3"))
                .render(Ansi.OFF);

        assertThat(table.lines()).containsExactly("モジュール  点", "01-http     3");
    }

    @Test
    void notesGoIndentedUnderTheirRow() {
        String table = new TextTable().row(Cell.plain("a"), Cell.plain("b")).note("why").render(Ansi.OFF);

        assertThat(table.lines()).containsExactly("a  b", "    why");
    }

    @Test
    void colourOnlyWhereTheTerminalShowsIt() {
        TextTable table = new TextTable().row(Cell.styled("ok", "green"), Cell.plain("x"));

        assertThat(table.render(Ansi.OFF)).isEqualTo("ok  x" + System.lineSeparator());
        assertThat(table.render(Ansi.ON)).contains("\u001B[32m").contains("ok");
    }

    @Test
    void wideCharactersCountTwice() {
        assertThat(TextTable.width("ab")).isEqualTo(2);
        assertThat(TextTable.width("日本語")).isEqualTo(6);
        assertThat(TextTable.width("ＡＢ")).isEqualTo(4);
    }
}
