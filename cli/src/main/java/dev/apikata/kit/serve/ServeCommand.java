package dev.apikata.kit.serve;

import dev.apikata.kit.CommandLineErrors;
import dev.apikata.kit.Kit;
import dev.apikata.mock.MockServerMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code kit serve}: the mock server in the foreground, until Ctrl-C. Every argument goes to the
 * mock server's own command, so {@code kit serve} and {@code java -jar apikata-mock-server.jar}
 * take the same options ({@code --port}, {@code --host}, {@code --fake-writes}, {@code --help}…).
 */
@Command(name = "serve")
public final class ServeCommand implements Callable<Integer> {

    @Unmatched
    List<String> arguments = new ArrayList<>();

    @ParentCommand
    Kit kit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine server = MockServerMain.command()
                .setCommandName(spec.qualifiedName(" "))
                .setOut(spec.commandLine().getOut())
                .setErr(spec.commandLine().getErr())
                .setParameterExceptionHandler(new CommandLineErrors(kit.messages()));
        return server.execute(withLanguage(arguments).toArray(String[]::new));
    }

    // The kit's --lang (or KIT_LANG, or the locale) speaks for the server too, unless given to serve itself.
    private List<String> withLanguage(List<String> given) {
        boolean hasLang = given.stream().anyMatch(arg -> arg.equals("--lang") || arg.startsWith("--lang="));
        if (hasLang) {
            return given;
        }
        List<String> all = new ArrayList<>(given);
        all.add("--lang=" + kit.language().code());
        return all;
    }
}
