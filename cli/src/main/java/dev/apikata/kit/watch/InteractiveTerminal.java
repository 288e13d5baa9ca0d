package dev.apikata.kit.watch;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the kit talks to a person at a terminal, or to a pipe, a file or CI. */
final class InteractiveTerminal {

    private InteractiveTerminal() {
    }

    static boolean isPresent() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // Since JDK 22 System.console() exists even when redirected; isTerminal() then tells the truth.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17-21: a console exists only for a terminal
        }
    }

    static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
