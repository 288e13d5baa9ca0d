package dev.apikata.chapters.markdown;

/**
 * A Markdown link or image in prose: {@code [text](target)}.
 *
 * @param target what is between the parentheses, for example {@code 00-getting-started.md#practice-api}
 */
public record Link(String file, int line, String target) {

    public boolean isExternal() {
        return target.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
    }

    /** The part before {@code #}: a relative path, or empty for a link within the same file. */
    public String path() {
        int hash = target.indexOf('#');
        return hash < 0 ? target : target.substring(0, hash);
    }

    /** The part after {@code #}, or empty. */
    public String anchor() {
        int hash = target.indexOf('#');
        return hash < 0 ? "" : target.substring(hash + 1);
    }
}
