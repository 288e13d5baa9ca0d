package dev.apikata.kit.watch;

import java.util.Set;

/** What the watch loop reacts to, one at a time. */
sealed interface WatchEvent {

    /** Files of these modules were saved (after debouncing). */
    record Saved(Set<String> modules) implements WatchEvent {
    }

    /** The learner pressed a key. */
    record Key(char key) implements WatchEvent {
    }

    /** Leave the loop. */
    record Stop() implements WatchEvent {
    }
}
