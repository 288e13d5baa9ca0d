package dev.apikata.mock;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's usage errors ({@code Unknown option: '--prot'}, a missing or unreadable value) in the
 * learner's language, with where to look, instead of picocli's English and the whole help page.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CliMessages messages = CliMessages.forArguments(args);
        CommandLine commandLine = error.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(describe(error, messages));
        err.println(messages.get("usage.seeHelp", commandLine.getCommandName()));
        err.flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String describe(ParameterException error, CliMessages messages) {
        if (error instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().get(0);
            List<String> suggestions = suggestions(unmatched, argument);
            String text = messages.get(argument.startsWith("-") ? "usage.unknownOption" : "usage.unexpectedArgument", argument);
            return suggestions.isEmpty() ? text : text + messages.get("usage.didYouMean", String.join(", ", suggestions));
        }
        if (error instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            String option = name(missing.getMissing().get(0));
            return messages.get("usage.missingValue", option, messages.get("usage.expected" + option));
        }
        if (error.getArgSpec() != null && error.getValue() != null) {
            String option = name(error.getArgSpec());
            return messages.get("usage.invalidValue", option, error.getValue(), messages.get("usage.expected" + option));
        }
        // Our own checks (see ServeCommand) are worded in the learner's language already.
        return error.getMessage();
    }

    /** picocli's suggestions, else the options one typo away ({@code --prot} is {@code --port} with two letters swapped). */
    static List<String> suggestions(UnmatchedArgumentException unmatched, String argument) {
        if (!unmatched.getSuggestions().isEmpty()) {
            return unmatched.getSuggestions();
        }
        String typed = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
        return unmatched.getCommandLine().getCommandSpec().options().stream()
                .map(OptionSpec::longestName)
                .filter(name -> typoDistance(typed, name) <= 2)
                .toList();
    }

    /** Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}. */
    static int typoDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }
}
