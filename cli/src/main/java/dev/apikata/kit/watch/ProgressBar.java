package dev.apikata.kit.watch;

/** A plain-text bar such as {@code ########------------}: readable in any terminal, log or font. */
final class ProgressBar {

    static final int WIDTH = 20;

    private ProgressBar() {
    }

    static String of(int done, int total) {
        int filled = total == 0 ? 0 : (int) Math.round((double) WIDTH * done / total);
        return "#".repeat(filled) + "-".repeat(WIDTH - filled);
    }
}
