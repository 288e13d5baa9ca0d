package dev.apikata.kit.dist;

import dev.apikata.kit.ExitCodes;
import dev.apikata.kit.Kit;
import dev.apikata.kit.KitException;
import dev.apikata.kit.Messages;
import dev.apikata.kit.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kit dist --out DIR [--classroom]}: the copy of the kit a class gets, without answers. */
@Command(name = "dist", mixinStandardHelpOptions = true)
public final class DistCommand implements Callable<Integer> {

    @ParentCommand
    private Kit kit;

    @Option(names = "--out", paramLabel = "<dir>", required = true, descriptionKey = "dist.out")
    private Path out;

    @Option(names = "--classroom", descriptionKey = "dist.classroom")
    private boolean classroom;

    @Override
    public Integer call() {
        Messages messages = kit.messages();
        Project project = kit.project();
        if (Files.exists(out) && !isEmptyFolder(out)) {
            throw new KitException(messages.get("dist.outExists", out));
        }
        LearnerCopyWriter.write(project, out, classroom);
        kit.out().println(messages.get("dist.done", out, project.modules().size()));
        if (classroom) {
            kit.out().println(messages.get("dist.classroomWritten", out.resolve(ClassroomWorkflow.PATH)));
        }
        kit.out().flush();
        return ExitCodes.OK;
    }

    private static boolean isEmptyFolder(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
