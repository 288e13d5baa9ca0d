package dev.apikata.kit.progress;

/** The last known standing of one task: how many of its tests passed when it last ran. */
public record KnownResult(int passed, int total) {

    public KnownResult {
        if (passed < 0 || total < 0 || passed > total) {
            throw new IllegalArgumentException("passed " + passed + " of " + total);
        }
    }

    public boolean done() {
        return total > 0 && passed == total;
    }
}
