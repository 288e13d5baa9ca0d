package dev.apikata.kit.watch;

import java.io.IOException;
import java.io.InputStream;

/** The keys watch mode knows besides letters, and how a terminal sends them. */
final class Keys {

    static final char UP = '\uE000';
    static final char DOWN = '\uE001';
    static final char ENTER = '\n';
    static final char ESCAPE = '\u001b';

    private Keys() {
    }

    /**
     * The next key from a terminal in single-key mode, or -1 at the end of input. An arrow key arrives
     * as {@code ESC [ A} (or {@code ESC O A}); an escape alone is the Esc key.
     */
    static int read(InputStream in) throws IOException {
        int key = in.read();
        if (key == '\r') {
            return ENTER;
        }
        if (key != ESCAPE || in.available() == 0) {
            return key;
        }
        int bracket = in.read();
        if ((bracket != '[' && bracket != 'O') || in.available() == 0) {
            return ESCAPE;
        }
        return switch (in.read()) {
            case 'A' -> UP;
            case 'B' -> DOWN;
            default -> ESCAPE;
        };
    }
}
