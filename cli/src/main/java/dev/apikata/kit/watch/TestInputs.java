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
 * resources and the manifest. While it is unchanged, compiled tests can be reused.
 */
record TestInputs(Map<Path, FileStamp> files) {

    static TestInputs of(ExerciseModule module) {
        Map<Path, FileStamp> stamps = new TreeMap<>();
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
                        stamps.put(file, new FileStamp(Files.getLastModifiedTime(file).toMillis(), Files.size(file)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestInputs(Map.copyOf(stamps));
    }
}
