package dev.apikata.kit.watch;

/**
 * How the screen may be drawn: cleared and coloured on a terminal that understands ANSI escapes,
 * plain text in a pipe, a log or an old Windows console.
 *
 * @param terminal a person is at a terminal: list the keys, say when tests run
 * @param ansi     the terminal understands ANSI escapes: clear the screen before each redraw
 * @param color    ANSI colours (off when {@code NO_COLOR} is set)
 */
public record ScreenStyle(boolean terminal, boolean ansi, boolean color) {

    public static final ScreenStyle PLAIN = new ScreenStyle(false, false, false);

    /**
     * @param environment the process environment: {@code NO_COLOR}, and on Windows the variables of
     *                    consoles that understand ANSI escapes (Windows Terminal, ConEmu, a TERM from Git Bash)
     */
    public static ScreenStyle detect(boolean terminal, boolean windows, java.util.Map<String, String> environment) {
        boolean ansi = terminal && (!windows || environment.containsKey("WT_SESSION")
                || environment.containsKey("TERM") || "ON".equalsIgnoreCase(environment.get("ConEmuANSI")));
        String noColor = environment.get("NO_COLOR");
        return new ScreenStyle(terminal, ansi, ansi && (noColor == null || noColor.isEmpty()));
    }

    /** {@code text} without its colour escapes: what the terminal shows, for measuring. */
    static String withoutEscapes(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "");
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
