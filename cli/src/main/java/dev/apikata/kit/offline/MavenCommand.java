package dev.apikata.kit.offline;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --mvn} option of the commands that run Maven: which Maven command to start. */
public final class MavenCommand {

    @Option(names = "--mvn", paramLabel = "<command>")
    String command = defaultFor(System.getProperty("os.name", ""));

    /** {@code mvn} where Maven is a shell script, {@code mvn.cmd} on Windows. */
    static String defaultFor(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("windows") ? "mvn.cmd" : "mvn";
    }

    public String command() {
        return command;
    }
}
