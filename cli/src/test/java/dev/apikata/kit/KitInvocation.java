package dev.apikata.kit;

import dev.apikata.course.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs {@code kit} in memory, picocli's way: out and err are strings, the exit code is returned. */
public record KitInvocation(int exitCode, String out, String err) {

    /** {@code kit --lang <language> --project <project> <args>} with the shared warm runner. */
    public static KitInvocation run(Language language, Path project, String... args) {
        List<String> all = new ArrayList<>(List.of("--lang", language.code(), "--project", project.toString()));
        all.addAll(List.of(args));
        CommandLine kit = Kit.commandLine(language, SharedRunner.get());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        kit.setOut(new PrintWriter(out, true));
        kit.setErr(new PrintWriter(err, true));
        int exitCode = kit.execute(all.toArray(String[]::new));
        return new KitInvocation(exitCode, out.toString(), err.toString());
    }
}
