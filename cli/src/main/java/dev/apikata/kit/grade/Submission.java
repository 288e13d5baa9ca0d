package dev.apikata.kit.grade;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One learner's copy of the kit as the instructor collected it: a folder, a zip or a tar.gz. The
 * learner is named after the folder or the archive ({@code alice.zip} is {@code alice}).
 */
public record Submission(String learner, Path source, Kind kind) {

    /** How the copy arrived. */
    public enum Kind { DIRECTORY, ZIP, TAR_GZ }

    public Submission {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
    }

    /** The submission at {@code path}, if it is a folder or an archive the grader reads. */
    public static Optional<Submission> of(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.isDirectory(path)) {
            return Optional.of(new Submission(name, path, Kind.DIRECTORY));
        }
        if (lower.endsWith(".zip")) {
            return Optional.of(new Submission(name.substring(0, name.length() - ".zip".length()), path, Kind.ZIP));
        }
        for (String suffix : new String[] {".tar.gz", ".tgz"}) {
            if (lower.endsWith(suffix)) {
                return Optional.of(new Submission(name.substring(0, name.length() - suffix.length()), path, Kind.TAR_GZ));
            }
        }
        return Optional.empty();
    }
}
