package dev.apikata.kit.runner;

import dev.apikata.course.ExerciseManifest;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a module's main sources (stubs, solutions, or a learner's folder) together with its
 * tests, in one javac run, with the JDK's compiler API.
 *
 * <p>One file manager is kept for the life of the compiler: it caches the opened class path jars,
 * which is most of what makes a second compilation fast. Compilations are therefore serialised.
 */
public final class ModuleCompiler implements AutoCloseable {

    private static final String RELEASE = "17";

    private final JavaCompiler javac;
    private final StandardJavaFileManager files;
    private final KitClassPath classPath;
    private final Locale locale;

    /**
     * @param locale the language of javac's messages (javac speaks Japanese too)
     * @throws MissingCompilerException if this Java runtime has no compiler (a JRE, not a JDK)
     */
    public ModuleCompiler(KitClassPath classPath, Locale locale) {
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new MissingCompilerException(System.getProperty("java.home"));
        }
        this.files = javac.getStandardFileManager(null, locale, StandardCharsets.UTF_8);
        this.classPath = classPath;
        this.locale = locale;
    }

    /** Compiles the module's stubs or solutions with its tests into the module's kit output folder. */
    public CompiledModule compile(ExerciseModule module, Implementation implementation) {
        return compile(module, implementation, module.mainSources(implementation), module.kitOutput(implementation));
    }

    /**
     * Compiles {@code mainSources} with the module's tests into {@code output}, which is emptied first.
     * A grader points {@code mainSources} at a learner's folder.
     */
    public CompiledModule compile(ExerciseModule module, Implementation implementation, Path mainSources,
            Path output) {
        return CompilerThread.run(() -> compileHere(module, implementation, mainSources, output));
    }

    private synchronized CompiledModule compileHere(ExerciseModule module, Implementation implementation,
            Path mainSources, Path output) {
        try {
            prepare(output);
            List<Path> mainFiles = javaFiles(mainSources);
            List<Path> sources = new ArrayList<>(mainFiles);
            sources.addAll(javaFiles(module.testSources()));
            copyResources(module, output);

            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            OutputRecorder recorder = new OutputRecorder(files, mainSources.toAbsolutePath().normalize());
            List<String> options = List.of(
                    "--release", RELEASE, "-encoding", "UTF-8", "-parameters", "-proc:none", "-nowarn",
                    "-implicit:none", "-classpath", classPath.asOption(), "-d", output.toString());
            boolean ok = sources.isEmpty() || javac.getTask(null, recorder, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<CompileError> errors = errors(diagnostics);
            if (!ok && errors.isEmpty()) {
                errors = List.of(new CompileError(null, 0, 0, "javac failed without a message"));
            }
            return new CompiledModule(module, implementation, output, recorder.mainClasses(),
                    recorder.testClasses(), errors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile " + module.name() + ": " + e.getMessage(), e);
        }
    }

    private List<CompileError> errors(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> new CompileError(d.getSource() == null ? null : Path.of(d.getSource().toUri()),
                        Math.max(0, d.getLineNumber()), Math.max(0, d.getColumnNumber()), d.getMessage(locale)))
                .toList();
    }

    // Stale classes of a renamed or deleted source must not linger and be tested.
    private static void prepare(Path output) throws IOException {
        if (Files.exists(output)) {
            try (Stream<Path> walk = Files.walk(output)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(output);
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    // What Maven's resource configuration does for an exercise module: the manifest and both resource folders.
    private static void copyResources(ExerciseModule module, Path output) throws IOException {
        Path manifest = output.resolve(ExerciseManifest.CLASSPATH_RESOURCE);
        Files.createDirectories(manifest.getParent());
        Files.copy(module.manifestFile(), manifest, StandardCopyOption.REPLACE_EXISTING);
        for (Path resources : List.of(module.directory().resolve("src/main/resources"),
                module.directory().resolve("src/test/resources"))) {
            if (!Files.isDirectory(resources)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(resources)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    Path target = output.resolve(resources.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        files.close();
    }

    /** Notes which class files come from the main sources and which from the tests. */
    private static final class OutputRecorder extends ForwardingJavaFileManager<JavaFileManager> {
        private final Path mainSources;
        private final List<String> mainClasses = Collections.synchronizedList(new ArrayList<>());
        private final List<String> testClasses = Collections.synchronizedList(new ArrayList<>());

        OutputRecorder(JavaFileManager delegate, Path mainSources) {
            super(delegate);
            this.mainSources = mainSources;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) throws IOException {
            if (kind == JavaFileObject.Kind.CLASS && sibling != null) {
                boolean main = Path.of(sibling.toUri()).toAbsolutePath().normalize().startsWith(mainSources);
                (main ? mainClasses : testClasses).add(className);
            }
            return super.getJavaFileForOutput(location, className, kind, sibling);
        }

        List<String> mainClasses() {
            return mainClasses.stream().sorted().toList();
        }

        List<String> testClasses() {
            return testClasses.stream().sorted().toList();
        }

        // Closing the recorder must not close the shared, caching file manager.
        @Override
        public void close() {
        }
    }
}
