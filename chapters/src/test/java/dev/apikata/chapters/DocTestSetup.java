package dev.apikata.chapters;

import dev.apikata.chapters.markdown.MarkdownFile;
import dev.apikata.chapters.run.ChapterRunner;
import dev.apikata.chapters.run.ReaderProject;
import dev.apikata.chapters.run.ShellRunner;
import dev.apikata.course.Language;
import dev.apikata.kit.jshell.KitJShellStartup;
import dev.apikata.mock.MockApi;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How the doc tests run a file of this project: its language, the practice API, the kit. */
public final class DocTestSetup {

    private DocTestSetup() {
    }

    public static ChapterRunner.Setup forFile(ProjectFiles project, MarkdownFile file, MockApi api) {
        Language language = ProjectFiles.languageOf(file);
        List<String> packages = project.moduleOf(file).map(project::packagesOf).orElse(List.of());
        Path kitJar = Path.of(System.getProperty("apikata.kitJar", project.root().resolve("cli/target/apikata-kit.jar").toString()));
        return new ChapterRunner.Setup(api.baseUrl(), project.root(), classPath(),
                () -> KitJShellStartup.of(api.baseUrl(), packages),
                Map.of("KIT_LANG", language.code(), "NO_PROXY", "127.0.0.1,localhost", "no_proxy", "127.0.0.1,localhost",
                        "TERM", "dumb", "APIKATA_KIT_JAR", kitJar.toAbsolutePath().toString()),
                () -> {
                    if (!Files.isRegularFile(kitJar)) {
                        throw new IllegalStateException("the kit jar " + kitJar + " is missing: build the cli module first");
                    }
                    return ReaderProject.copyOf(project.root(), kitJar);
                }, ShellRunner.DEFAULT_TIMEOUT);
    }

    /**
     * Why the chapter's module cannot be used by its snippets, if it cannot: its reference solution
     * is not on the doc tests' class path because chapters/pom.xml does not depend on the module.
     * A chapter whose module does not exist yet runs without one.
     */
    public static Optional<String> moduleMissingFromClassPath(ProjectFiles project, MarkdownFile file) {
        return project.moduleOf(file).flatMap(module -> project.aClassOf(module)
                .filter(name -> !loadable(name))
                .map(name -> "the reference solution of " + module.name() + " (" + name + ") is not on the doc tests'"
                        + " class path: add the module's artifact, apikata-" + module.name() + ", to the dependencies"
                        + " of chapters/pom.xml"));
    }

    private static boolean loadable(String className) {
        try {
            Class.forName(className, false, DocTestSetup.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** This JVM's class path: the solutions, Jackson, the course model, the JDK client needs nothing. */
    static List<String> classPath() {
        return Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && Files.exists(Path.of(entry)))
                .toList();
    }
}
