package dev.apikata.kit.runner;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The class path exercise code compiles against: the kit's own, which already holds the course
 * model, JUnit, AssertJ, WireMock and Jackson (in the shaded jar, or as separate jars in a build).
 */
public record KitClassPath(List<Path> entries) {

    public KitClassPath {
        entries = List.copyOf(entries);
    }

    /** The class path of this JVM ({@code java.class.path}), without entries that do not exist. */
    public static KitClassPath ofThisJvm() {
        String value = System.getProperty("java.class.path", "");
        return new KitClassPath(Arrays.stream(value.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(Path::of)
                .filter(Files::exists)
                .toList());
    }

    /** The value of javac's {@code -classpath} option. */
    public String asOption() {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }
}
