package dev.apikata.kit;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line, said in the learner's language: what is wrong, what picocli suggests, and
 * where the usage is ({@code ./kit list --help}), instead of picocli's English and a whole help page.
 */
public final class CommandLineErrors implements IParameterExceptionHandler {

    private final Messages messages;

    public CommandLineErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine line = exception.getCommandLine();
        PrintWriter err = line.getErr();
        err.println(line.getColorScheme().errorText(describe(exception)));
        String command = "./" + line.getCommandSpec().qualifiedName();
        if (exception instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            // A subcommand is suggested as the whole command to type; an option as it is.
            err.println(messages.get("error.args.suggestions", unmatched.getSuggestions().stream()
                    .map(word -> word.startsWith("-") ? word : command + " " + word)
                    .collect(Collectors.joining(", "))));
        }
        err.println(messages.get("error.args.help", command));
        err.flush();
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }

    String describe(ParameterException exception) {
        if (exception instanceof UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            String quoted = words.stream().map(word -> "'" + word + "'").collect(Collectors.joining(" "));
            return messages.get(unmatched.isUnknownOption() ? "error.args.unknownOption" : "error.args.unmatched", quoted);
        }
        if (exception instanceof MissingParameterException missing) {
            List<String> options = new ArrayList<>();
            List<String> parameters = new ArrayList<>();
            for (ArgSpec spec : missing.getMissing()) {
                if (spec instanceof OptionSpec option) {
                    options.add(option.longestName() + " " + spec.paramLabel());
                } else {
                    parameters.add(spec.paramLabel());
                }
            }
            return options.isEmpty() ? messages.get("error.args.missing", String.join(" ", parameters))
                    : messages.get("error.args.missingValue", String.join(", ", options));
        }
        if (exception instanceof OverwrittenOptionException overwritten) {
            return messages.get("error.args.twice", name(overwritten.getOverwritten()));
        }
        if (exception.getArgSpec() != null && exception.getValue() != null) {
            String allowed = candidates(exception.getArgSpec());
            return allowed.isEmpty() ? messages.get("error.args.invalid", name(exception.getArgSpec()), exception.getValue())
                    : messages.get("error.args.invalidChoice", name(exception.getArgSpec()), exception.getValue(), allowed);
        }
        return messages.get("error.args.other", exception.getMessage());
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    // What an option accepts, when it names its values: its label (ja|en), else an enum's constants.
    private static String candidates(ArgSpec spec) {
        String label = spec.paramLabel();
        if (label.contains("|")) {
            return label.replace("|", ", ");
        }
        List<String> values = new ArrayList<>();
        Iterable<String> candidates = spec.completionCandidates();
        if (candidates != null) {
            candidates.forEach(values::add);
        }
        return String.join(", ", values);
    }
}
