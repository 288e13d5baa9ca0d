package dev.apikata.kit.watch;

/**
 * How the screen may be drawn: cleared and coloured on a terminal, plain text in a pipe or a log.
 *
 * @param terminal clear the screen before each redraw and read single keys
 * @param color    ANSI colours (off when {@code NO_COLOR} is set or without a terminal)
 */
public record ScreenStyle(boolean terminal, boolean color) {

    public static final ScreenStyle PLAIN = new ScreenStyle(false, false);

    public static ScreenStyle detect(boolean terminal, String noColor) {
        return new ScreenStyle(terminal, terminal && (noColor == null || noColor.isEmpty()));
    }

    String green(String text) {
        return color ? "\u001b[32m" + text + "\u001b[0m" : text;
    }

    String red(String text) {
        return color ? "\u001b[31m" + text + "\u001b[0m" : text;
    }

    String bold(String text) {
        return color ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    String dim(String text) {
        return color ? "\u001b[2m" + text + "\u001b[0m" : text;
    }
}
