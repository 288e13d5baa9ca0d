package dev.apikata.chapters.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an HTML comment right above a code block says about it, {@code <!-- doc: KIND [ARGUMENT] -->}:
 *
 * <ul>
 *   <li>{@code output}: the block shows what the runnable block before it prints;
 *       {@code output trimmed}: only some of those lines, in order;
 *       {@code output of ./kit list}: what that command prints (also {@code output trimmed of ...});</li>
 *   <li>{@code skip REASON}: the block is deliberately not run, and the runner prints why;</li>
 *   <li>{@code fragment NAME}: the block is one piece of the example NAME; the pieces run together;</li>
 *   <li>{@code quote PATH}: the block quotes a project file; its code lines appear there, in order;</li>
 *   <li>{@code run}: run this shell block although it has no curl in it;</li>
 *   <li>{@code jdk N}: the block needs JDK N or newer: it runs there, and on an older JDK it and the
 *       output shown below it are skipped, with a line that says so.</li>
 * </ul>
 *
 * @param line the marker's line in its file (1-based)
 */
public record Marker(Kind kind, boolean trimmed, String argument, int line) {

    public enum Kind { OUTPUT, SKIP, FRAGMENT, QUOTE, RUN, JDK }

    private static final Pattern COMMENT = Pattern.compile("^\\s*<!--\\s*doc:\\s*(.*?)\\s*-->\\s*$");
    private static final Pattern OUTPUT = Pattern.compile("output(\\s+trimmed)?(?:\\s+of\\s+(.+))?");

    /** The marker on this line, an error for a {@code doc:} comment it cannot read, or nothing. */
    public static Optional<Marker> parse(String text, int line) throws IllegalArgumentException {
        Matcher comment = COMMENT.matcher(text);
        if (!comment.matches()) {
            return Optional.empty();
        }
        String body = comment.group(1);
        String word = body.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        String rest = body.length() > word.length() ? body.substring(word.length()).strip() : "";
        Matcher output = OUTPUT.matcher(body);
        if (output.matches()) {
            String command = output.group(2) == null ? "" : unquote(output.group(2).strip());
            return Optional.of(new Marker(Kind.OUTPUT, output.group(1) != null, command, line));
        }
        Kind kind = switch (word) {
            case "skip" -> Kind.SKIP;
            case "fragment" -> Kind.FRAGMENT;
            case "quote" -> Kind.QUOTE;
            case "run" -> Kind.RUN;
            case "jdk" -> Kind.JDK;
            default -> throw new IllegalArgumentException("unknown doc marker \"" + body
                    + "\": use output, output trimmed, output of <command>, skip <reason>, fragment <name>, quote <path>,"
                    + " run or jdk <version>");
        };
        if (kind == Kind.JDK && !rest.matches("\\d+")) {
            throw new IllegalArgumentException("the doc marker \"jdk\" needs the oldest JDK version the block runs on,"
                    + " such as 21: " + body);
        }
        if (kind != Kind.RUN && rest.isEmpty()) {
            throw new IllegalArgumentException("the doc marker \"" + word + "\" needs "
                    + switch (kind) { case SKIP -> "a reason"; case FRAGMENT -> "a name"; default -> "a path"; });
        }
        if (kind == Kind.RUN && !rest.isEmpty()) {
            throw new IllegalArgumentException("the doc marker \"run\" takes nothing after it: " + body);
        }
        return Optional.of(new Marker(kind, false, unquote(rest), line));
    }

    /** The output of a named command rather than of the block above. */
    public boolean hasCommand() {
        return kind == Kind.OUTPUT && !argument.isEmpty();
    }

    /** The same marker without what may differ between languages (a skip reason): for parity checks. */
    public String shape() {
        return switch (kind) {
            case OUTPUT -> "output" + (trimmed ? " trimmed" : "") + (hasCommand() ? " of " + argument : "");
            case SKIP -> "skip";
            default -> kind.name().toLowerCase(Locale.ROOT) + (argument.isEmpty() ? "" : " " + argument);
        };
    }

    /** For {@code jdk N}: whether this JVM is too old to run the block. */
    public boolean needsNewerJdk() {
        return kind == Kind.JDK && Runtime.version().feature() < Integer.parseInt(argument);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("`") && value.endsWith("`")
                ? value.substring(1, value.length() - 1) : value;
    }
}
