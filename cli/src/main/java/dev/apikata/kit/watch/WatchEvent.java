package dev.apikata.kit.watch;

import java.util.Set;

/** What the watch loop reacts to, one at a time. */
sealed interface WatchEvent {

    /** Files of these modules were saved (after debouncing). */
    record Saved(Set<String> modules) implements WatchEvent {
    }

    /** The learner pressed a key (see {@link Keys} for the ones that are not letters). */
    record Key(char key) implements WatchEvent {
    }

    /** The learner typed a line and pressed Enter (where the terminal gives no single keys). */
    record Line(String text) implements WatchEvent {
    }

    /** A run of a module's tests finished; {@code run} tells a current result from a stale one. */
    record Ran(long run, ModuleStatus status) implements WatchEvent {
    }

    /** Leave the loop. */
    record Stop() implements WatchEvent {
    }
}
