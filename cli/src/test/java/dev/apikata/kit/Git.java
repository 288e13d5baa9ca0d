package dev.apikata.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The git command, for tests whose project must be a checkout (the originals of stubs come from it). */
public final class Git {

    private Git() {
    }

    public static void run(Path dir, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(),
                "-c", "user.name=Learner", "-c", "user.email=learner@example.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor()).as("git " + String.join(" ", arguments)).isZero();
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
