package dev.apikata.kit.grade;

/** An archive the grader refuses to unpack: an entry would land outside its folder, or is a link. */
public final class UnsafeArchiveException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String entry;

    UnsafeArchiveException(String entry, String reason) {
        super(reason + ": " + entry);
        this.entry = entry;
    }

    /** The entry's name as the archive gives it. */
    public String entry() {
        return entry;
    }
}
