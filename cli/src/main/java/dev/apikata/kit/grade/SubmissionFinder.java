package dev.apikata.kit.grade;

import dev.apikata.kit.KitException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The submissions named on the command line. A folder that is a learner's copy (or wraps one) is a
 * submission; any other folder is a collection, and every folder, zip and tar.gz in it is one: a
 * GitHub Classroom download of many repositories works as it is.
 */
final class SubmissionFinder {

    private SubmissionFinder() {
    }

    static List<Submission> find(List<Path> arguments, GradeTexts texts) {
        List<Submission> found = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument) && !isOneCopy(argument)) {
                found.addAll(collection(argument));
            } else {
                found.add(Submission.of(argument).orElseThrow(() ->
                        new KitException(texts.get("error.notASubmission", argument))));
            }
        }
        return found;
    }

    // A copy itself, or a download's single wrapper folder around one.
    private static boolean isOneCopy(Path folder) {
        if (Files.isDirectory(folder.resolve("exercises"))) {
            return true;
        }
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> entries = children.filter(child -> !child.getFileName().toString().startsWith(".")).toList();
            return entries.size() == 1 && Files.isDirectory(entries.get(0).resolve("exercises"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<Submission> collection(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted()
                    .filter(child -> !child.getFileName().toString().startsWith("."))
                    .map(Submission::of)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }
}
