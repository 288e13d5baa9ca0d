package dev.apikata.kit.watch;

import dev.apikata.kit.project.ExerciseModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything besides the main sources that a module's compiled output depends on: the tests, the
 * resources and the manifest. While it is unchanged, compiled tests can be reused. Compared by
 * content, not by modification time: an edit within one tick of the file system's clock must not
 * leave stale tests behind, and these are a few small files.
 */
record TestInputs(Map<Path, Long> checksums) {

    static TestInputs of(ExerciseModule module) {
        Map<Path, Long> checksums = new TreeMap<>();
        Path dir = module.directory();
        List<Path> roots = List.of(module.testSources(), dir.resolve("src/main/resources"),
                dir.resolve("src/test/resources"), module.manifestFile());
        try {
            for (Path root : roots) {
                if (!Files.exists(root)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        checksums.put(file, FileStamp.checksumOf(file));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestInputs(Map.copyOf(checksums));
    }
}
