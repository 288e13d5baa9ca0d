package dev.apikata.kit.runner;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apikata.course.Language;
import dev.apikata.kit.AtomicFile;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The last result of each module's stubs (the learner's code), kept in {@code target/kit/} and keyed
 * by the contents of everything it came from: the module's sources, tests, resources and manifest,
 * the kit's build, the language and the test timeout. {@code kit list} and the first screen of
 * watch mode need no test run while nothing changed.
 *
 * <p>A result that a worker's death, a timeout or the kit itself shaped is not kept: it says more
 * about that moment than about the code.
 */
public final class ResultCache {

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final List<FailureKind> MOMENTARY = List.of(FailureKind.TIMEOUT, FailureKind.EXIT,
            FailureKind.OUT_OF_MEMORY, FailureKind.CRASH);

    /** What the file holds: the key and the result, with paths relative to the module folder. */
    private record Entry(String key, List<ErrorData> compileErrors, List<OutcomeData> tests,
                         List<OutcomeData> setupFailures, String output, long elapsedMillis, List<String> notices) {
    }

    private record ErrorData(String file, long line, long column, String message) {
    }

    private final Language language;
    private final String salt;

    public ResultCache(Language language, Duration testTimeout) {
        this.language = language;
        this.salt = kitBuild() + "|" + language.code() + "|" + testTimeout.toMillis();
    }

    /** The key of the module's stubs as they are on disk now. */
    public String keyOf(ExerciseModule module) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt.getBytes(StandardCharsets.UTF_8));
            Path dir = module.directory();
            for (Path root : List.of(module.stubSources(), dir.resolve("src/main/resources"), module.testSources(),
                    dir.resolve("src/test/resources"), module.manifestFile())) {
                for (Path file : files(root)) {
                    digest.update((dir.relativize(file).toString().replace('\\', '/') + '\0').getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                    digest.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + module.directory() + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The result stored under {@code key}, if the module's file holds it. */
    public Optional<RunResult> lookup(ExerciseModule module, String key) {
        Path file = file(module);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Entry entry = JSON.readValue(file.toFile(), Entry.class);
            if (entry == null || !key.equals(entry.key())) {
                return Optional.empty();
            }
            List<TestOutcome> tests = entry.tests().stream().map(OutcomeData::toOutcome).toList();
            return Optional.of(new RunResult(module, Implementation.STUBS,
                    entry.compileErrors().stream().map(error -> new CompileError(
                            error.file() == null ? null : module.directory().resolve(error.file()),
                            error.line(), error.column(), error.message())).toList(),
                    tests, entry.setupFailures().stream().map(OutcomeData::toOutcome).toList(),
                    module.manifest().tasks().stream().map(task -> TaskResult.of(task, tests)).toList(),
                    entry.output(), Duration.ofMillis(entry.elapsedMillis()), entry.notices()));
        } catch (JacksonException | RuntimeException e) {
            return Optional.empty(); // an old or damaged file: run the tests instead
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code result} of the module's stubs under {@code key}, unless it is momentary. */
    public void store(RunResult result, String key) {
        if (result.implementation() != Implementation.STUBS || !result.notices().isEmpty()
                || Stream.concat(result.tests().stream(), result.setupFailures().stream())
                        .anyMatch(test -> MOMENTARY.contains(test.kind()))) {
            return;
        }
        Path dir = result.module().directory();
        Entry entry = new Entry(key, result.compileErrors().stream().map(error -> new ErrorData(
                        error.file() == null ? null : dir.relativize(error.file().toAbsolutePath()).toString(),
                        error.line(), error.column(), error.message())).toList(),
                result.tests().stream().map(OutcomeData::of).toList(),
                result.setupFailures().stream().map(OutcomeData::of).toList(), result.output(),
                result.elapsed().toMillis(), result.notices());
        Path file = file(result.module());
        try {
            AtomicFile.write(file, temporary -> JSON.writeValue(temporary, entry));
        } catch (IOException e) {
            // Only a shortcut: without it the next command runs the tests.
        }
    }

    private Path file(ExerciseModule module) {
        return module.directory().resolve("target/kit/last-result-" + language.code() + ".json");
    }

    private static List<Path> files(Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    // The kit's jar changes when the kit is rebuilt, and so may what its runs report.
    private static String kitBuild() {
        try {
            Path location = Path.of(ResultCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Files.size(location) + "-" + Files.getLastModifiedTime(location).toMillis()
                    : "classes";
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
