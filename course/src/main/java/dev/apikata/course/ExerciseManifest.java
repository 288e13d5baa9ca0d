package dev.apikata.course;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A module's {@code exercise.yaml}: the single source of truth for its titles, tasks, points,
 * hints and chapter links. The CLI, the grader, {@code kit check} and every learner message read it.
 *
 * @param requiresJava the oldest Java release the module needs ({@code requires-java: 21}); the
 *                     course baseline, {@value #BASELINE_JAVA}, when the manifest does not say
 */
public record ExerciseManifest(String id, Localized title, Localized chapter, List<Task> tasks,
        @JsonProperty("requires-java") int requiresJava) {

    /** The Java release every module compiles for unless its manifest asks for a newer one. */
    public static final int BASELINE_JAVA = 17;

    /** Where the build puts a module's manifest on its class path. */
    public static final String CLASSPATH_RESOURCE = "apikata/exercise.yaml";

    /** The manifest's file name inside a module folder. */
    public static final String FILE_NAME = "exercise.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ExerciseManifest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(chapter, "chapter");
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        if (requiresJava == 0) {
            requiresJava = BASELINE_JAVA;
        } else if (requiresJava < BASELINE_JAVA) {
            throw new IllegalArgumentException("module " + id + " requires Java " + requiresJava
                    + ", older than the course baseline " + BASELINE_JAVA);
        }
        Set<String> seen = new HashSet<>();
        for (Task task : tasks) {
            if (!seen.add(task.id())) {
                throw new IllegalArgumentException("module " + id + " lists task " + task.id() + " twice");
            }
            if (!task.id().startsWith(id + ".")) {
                throw new IllegalArgumentException(
                        "task " + task.id() + " must start with its module id " + id + ".");
            }
        }
    }

    public static ExerciseManifest read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read manifest " + file + ": " + e.getMessage(), e);
        }
    }

    public static ExerciseManifest parse(InputStream yaml) throws IOException {
        return YAML.readValue(yaml, ExerciseManifest.class);
    }

    /** The manifest of the module whose classes the given loader sees, if the build put it there. */
    public static Optional<ExerciseManifest> onClassPath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(CLASSPATH_RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(parse(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True if a Java runtime of this feature release ({@code 17}, {@code 25}) can build and run the module. */
    public boolean runsOn(int javaFeature) {
        return javaFeature >= requiresJava;
    }

    public Optional<Task> task(String taskId) {
        return tasks.stream().filter(task -> task.id().equals(taskId)).findFirst();
    }

    public int totalPoints() {
        return tasks.stream().mapToInt(Task::points).sum();
    }

    /** The chapter link for a task, relative to the project root: {@code chapters/en/01-http-methods.md#get-one}. */
    public String chapterLink(Task task, Language language) {
        return chapter.in(language) + "#" + task.section();
    }
}
