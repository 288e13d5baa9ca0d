package dev.apikata.kit.watch;

/** What the polling watcher remembers of a file: a save changes at least one of the two. */
record FileStamp(long modifiedMillis, long size) {
}
