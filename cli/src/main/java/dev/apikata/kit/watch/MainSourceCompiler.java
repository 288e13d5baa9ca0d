package dev.apikata.kit.watch;

import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.runner.CompileError;
import dev.apikata.kit.runner.CompilerThread;
import dev.apikata.kit.runner.KitClassPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
 * Recompiles only a module's main sources into a folder that already holds its compiled tests.
 * The tests (WireMock and AssertJ chains) take most of javac's time, and a learner's save
 * rarely touches them.
 */
final class MainSourceCompiler implements AutoCloseable {

    /** The main classes written, or the errors that stopped javac. */
    record Result(List<String> mainClasses, List<CompileError> errors) {
    }

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final StandardJavaFileManager files;
    private final String classPath;
    private final Locale locale;

    MainSourceCompiler(KitClassPath classPath, Locale locale) {
        this.files = javac.getStandardFileManager(null, locale, StandardCharsets.UTF_8);
        this.classPath = classPath.asOption();
        this.locale = locale;
    }

    /** Deletes the previous main classes from {@code output}, then compiles the module's stubs into it. */
    Result compile(ExerciseModule module, Path output, List<String> previousMainClasses) {
        return CompilerThread.run(() -> compileHere(module, output, previousMainClasses));
    }

    private synchronized Result compileHere(ExerciseModule module, Path output, List<String> previousMainClasses) {
        try {
            for (String name : previousMainClasses) {
                Files.deleteIfExists(output.resolve(name.replace('.', '/') + ".class"));
            }
            List<Path> sources;
            try (Stream<Path> walk = Files.walk(module.stubSources())) {
                sources = walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
            }
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            ClassRecorder recorder = new ClassRecorder(files);
            // The same options as the kit's full compilation, so both agree on what compiles.
            List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-parameters", "-proc:none",
                    "-nowarn", "-implicit:none", "-classpath", classPath, "-d", output.toString());
            boolean ok = sources.isEmpty() || javac.getTask(null, recorder, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<CompileError> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> new CompileError(d.getSource() == null ? null : Path.of(d.getSource().toUri()),
                            Math.max(0, d.getLineNumber()), Math.max(0, d.getColumnNumber()), d.getMessage(locale)))
                    .toList();
            if (!ok && errors.isEmpty()) {
                errors = List.of(new CompileError(null, 0, 0, "javac failed without a message"));
            }
            return new Result(recorder.classes(), errors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile " + module.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            files.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    /** Notes the binary name of every class javac writes. */
    private static final class ClassRecorder extends ForwardingJavaFileManager<JavaFileManager> {
        private final List<String> classes = Collections.synchronizedList(new ArrayList<>());

        ClassRecorder(JavaFileManager delegate) {
            super(delegate);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) throws IOException {
            if (kind == JavaFileObject.Kind.CLASS) {
                classes.add(className);
            }
            return super.getJavaFileForOutput(location, className, kind, sibling);
        }

        List<String> classes() {
            return classes.stream().sorted().toList();
        }

        // The shared file manager outlives each compilation.
        @Override
        public void close() {
        }
    }
}
