package dev.apikata.kit;

/** A text progress bar, {@code ######----}, in plain ASCII so every terminal, log and code page shows it. */
public final class ProgressBar {

    private ProgressBar() {
    }

    /** {@code width} characters, the share of {@code done} in {@code total} filled with {@code #}. */
    public static String of(long done, long total, int width) {
        int filled = total <= 0 ? 0 : (int) Math.round(width * (double) done / total);
        return "#".repeat(filled) + "-".repeat(width - filled);
    }
}
