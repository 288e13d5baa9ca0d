package dev.apikata.kit.mistakes;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.apikata.course.Localized;
import dev.apikata.kit.project.ExerciseModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The known mistakes of one module. In the project they are one file each in
 * {@code solutions/NN-topic/mistakes/}; a learner copy, which ships no solutions, has only their
 * explanations and fingerprints, in {@code exercises/NN-topic/known-mistakes.yaml}.
 */
public record MistakeCatalogue(ExerciseModule module, List<KnownMistake> mistakes) {

    /** The learner copy's file: every mistake without its code. */
    public static final String LEARNER_FILE = "known-mistakes.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public MistakeCatalogue {
        mistakes = List.copyOf(mistakes);
    }

    /** The folder of a module's mistake files, beside its solutions. */
    public static Path folder(ExerciseModule module) {
        return module.solutions().resolve("mistakes");
    }

    /** The module's mistakes, from its solutions if it has them, else from the learner copy's file. */
    public static MistakeCatalogue of(ExerciseModule module) {
        Path folder = folder(module);
        if (Files.isDirectory(folder)) {
            return new MistakeCatalogue(module, files(folder).stream().map(MistakeCatalogue::read).toList());
        }
        Path learnerFile = module.directory().resolve(LEARNER_FILE);
        if (Files.isRegularFile(learnerFile)) {
            return new MistakeCatalogue(module, readLearnerFile(learnerFile));
        }
        return new MistakeCatalogue(module, List.of());
    }

    /** The mistakes that break {@code taskId}. */
    public List<KnownMistake> ofTask(String taskId) {
        return mistakes.stream().filter(mistake -> mistake.task().equals(taskId)).toList();
    }

    /** Reads one mistake file; its id is the file name without {@code .yaml}. */
    public static KnownMistake read(Path file) {
        try {
            String name = file.getFileName().toString();
            return YAML.readValue(file.toFile(), KnownMistake.class).withId(name.substring(0, name.length() - ".yaml".length()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the known mistake " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<KnownMistake> readLearnerFile(Path file) {
        try {
            return YAML.readValue(file.toFile(), new TypeReference<List<LearnerEntry>>() { }).stream()
                    .map(LearnerEntry::mistake).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the learner copy's file: ids, tasks, explanations and fingerprints, never the code. */
    public void writeLearnerFile(Path file) {
        try {
            List<LearnerEntry> entries = mistakes.stream().map(LearnerEntry::of).toList();
            YAML.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(path -> path.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(path))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A mistake as a learner copy keeps it. */
    record LearnerEntry(String id, String task, String section, Localized explain, String evidence,
            @JsonProperty("rejected-by") List<KnownMistake.Rejection> rejectedBy) {

        static LearnerEntry of(KnownMistake mistake) {
            return new LearnerEntry(mistake.id(), mistake.task(), mistake.section(), mistake.explain(),
                    mistake.evidence(), mistake.rejectedBy());
        }

        KnownMistake mistake() {
            return new KnownMistake(id, task, section, explain, null, null, evidence, rejectedBy);
        }
    }
}
