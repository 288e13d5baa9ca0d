package dev.apikata.kit.offline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs an external command in a folder and waits for its exit code; the seam tests replace. */
@FunctionalInterface
public interface ProcessLauncher {

    int run(List<String> command, Path directory) throws IOException, InterruptedException;

    /** The real thing: the command shares the kit's terminal, so Maven's progress is visible. */
    static ProcessLauncher inheritingIo() {
        return (command, directory) -> new ProcessBuilder(command).directory(directory.toFile())
                .inheritIO().start().waitFor();
    }
}
