package dev.apikata.kit.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.Kit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every option and argument of watch, bench, prefetch and jshell is explained in both languages. */
class HelpTextsTest {

    private static final List<String> COMMANDS = List.of("watch", "bench", "prefetch", "jshell", "serve");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCommandAndOptionHasAHelpText(Language language) {
        CommandLine kit = Kit.commandLine(language);
        for (String name : COMMANDS) {
            CommandSpec spec = kit.getSubcommands().get(name).getCommandSpec();
            assertThat(String.join("", spec.usageMessage().description())).as(name + " in " + language).isNotBlank();
            List<ArgSpec> args = spec.args();
            for (ArgSpec arg : args) {
                if (arg.isOption() && ((CommandLine.Model.OptionSpec) arg).usageHelp()
                        || arg.isOption() && ((CommandLine.Model.OptionSpec) arg).versionHelp()
                        || arg.hidden() || arg.userObject() == null && !arg.isOption()) {
                    continue;
                }
                assertThat(String.join("", arg.description())).as(name + " " + arg.paramLabel() + " in " + language)
                        .isNotBlank();
            }
        }
    }
}
