package dev.apikata.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The git command, for tests whose project must be a checkout (the originals of stubs come from it). */
public final class Git {

    private Git() {
    }

    public static void run(Path dir, String... arguments) throws Exception {
        Process process = new ProcessBuilder(command(dir, arguments)).inheritIO().start();
        assertThat(process.waitFor()).as("git " + String.join(" ", arguments)).isZero();
    }

    /** What the git command printed. */
    public static String output(Path dir, String... arguments) throws Exception {
        Process process = new ProcessBuilder(command(dir, arguments)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("git " + String.join(" ", arguments)).isZero();
        return output;
    }

    private static List<String> command(Path dir, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(),
                "-c", "user.name=Learner", "-c", "user.email=learner@example.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        return command;
    }

    /** Commits everything in {@code dir}, making it a repository first if it is not one. */
    public static void commitAll(Path dir, String message) throws Exception {
        if (!Files.isDirectory(dir.resolve(".git"))) {
            run(dir, "init", "-q");
        }
        run(dir, "add", ".");
        run(dir, "commit", "-q", "-m", message);
    }
}
