package dev.apikata.kit.commands;

/** A text progress bar, {@code [######----]}, in plain ASCII so every terminal and code page shows it. */
final class ProgressBar {

    static final int WIDTH = 10;

    private ProgressBar() {
    }

    static String of(long done, long total) {
        int filled = total <= 0 ? 0 : (int) Math.round(WIDTH * (double) done / total);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
    }
}
