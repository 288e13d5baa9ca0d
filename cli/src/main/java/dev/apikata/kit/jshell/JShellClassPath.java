package dev.apikata.kit.jshell;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.apikata.course.NotDoneYet;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What jshell's snippets see: the module's compiled classes, Jackson, and the course model the
 * stubs call. Found where this JVM loaded them from: separate jars in a build, or the kit's one
 * shaded jar. The JDK's HTTP client needs nothing.
 */
final class JShellClassPath {

    // One class from each library a snippet or a stub needs at run time.
    private static final List<Class<?>> LIBRARIES = List.of(ObjectMapper.class, JsonFactory.class,
            JsonProperty.class, JavaTimeModule.class, NotDoneYet.class, YAMLFactory.class, org.yaml.snakeyaml.Yaml.class);

    private JShellClassPath() {
    }

    static String of(Optional<Path> moduleClasses) {
        Set<Path> entries = new LinkedHashSet<>();
        moduleClasses.ifPresent(entries::add);
        LIBRARIES.stream().flatMap(JShellClassPath::locationOf).forEach(entries::add);
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    private static Stream<Path> locationOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Stream.empty();
        }
        try {
            return Stream.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Stream.empty();
        }
    }
}
