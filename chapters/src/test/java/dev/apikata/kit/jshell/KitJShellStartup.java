package dev.apikata.kit.jshell;

import java.net.URI;
import java.util.Collection;

/**
 * The start-up snippets of {@code ./kit jshell}, for the doc tests: the chapters' Java blocks run
 * after exactly what a reader's {@code ./kit jshell} session runs first. (In the kit's package,
 * because the start-up script is the kit's own business and not public API.)
 */
public final class KitJShellStartup {

    private KitJShellStartup() {
    }

    public static String of(URI baseUrl, Collection<String> modulePackages) {
        return StartupScript.create(baseUrl, modulePackages);
    }
}
