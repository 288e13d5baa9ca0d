package dev.apikata.kit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScreenStyleTest {

    @Test
    void colourAndClearingOnlyOnATerminal() {
        assertThat(ScreenStyle.detect(true, false, Map.of())).isEqualTo(new ScreenStyle(true, true, true));
        assertThat(ScreenStyle.detect(false, false, Map.of())).isEqualTo(ScreenStyle.PLAIN);
    }

    @Test
    void noColorKeepsTheClearingButDropsTheColours() {
        assertThat(ScreenStyle.detect(true, false, Map.of("NO_COLOR", "1"))).isEqualTo(new ScreenStyle(true, true, false));
    }

    @Test
    void windowsConsolesWithoutAnsiGetPlainRedraws() {
        assertThat(ScreenStyle.detect(true, true, Map.of())).isEqualTo(new ScreenStyle(true, false, false));
        assertThat(ScreenStyle.detect(true, true, Map.of("WT_SESSION", "x"))).isEqualTo(new ScreenStyle(true, true, true));
    }
}
