package dev.apikata.kit.grade;

import dev.apikata.kit.check.PublicApi;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.runner.CompileError;
import dev.apikata.kit.runner.CompiledModule;
import dev.apikata.kit.runner.CompilerThread;
import dev.apikata.kit.runner.KitClassPath;
import dev.apikata.kit.runner.ModuleCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles learners' modules for grading, fast: the kit's tests are compiled once for the whole
 * class (with the stubs, and any instructor's extra tests), and each learner's main sources alone
 * are compiled and put beside those test classes. That is only sound if the learner's classes offer
 * every declaration the stubs do, to the tests in their packages; when they do not (a renamed
 * method, a changed parameter), the module is compiled the slow way, main and tests together, so
 * that a learner gets exactly the compile errors Maven would give. Annotation processing is off,
 * and nothing of the learner's code runs here.
 *
 * <p>Safe to use from several grading threads: each compilation borrows a file manager of its own.
 */
final class LearnerCompiler implements AutoCloseable {

    private final ModuleCompiler whole;
    private final KitClassPath classPath;
    private final Locale locale;
    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final ConcurrentLinkedQueue<StandardJavaFileManager> fileManagers = new ConcurrentLinkedQueue<>();
    private final Map<String, CompiledModule> pristine = new ConcurrentHashMap<>();

    /**
     * @param pristineModules the kit's modules as every learner is graded with them (extra tests in)
     * @param pristineOutput  where the kit's stubs and tests are compiled, once
     */
    LearnerCompiler(ModuleCompiler whole, KitClassPath classPath, Locale locale, List<ExerciseModule> pristineModules,
            Path pristineOutput) {
        this.whole = whole;
        this.classPath = classPath;
        this.locale = locale;
        for (ExerciseModule module : pristineModules) {
            CompiledModule compiled = whole.compile(module, Implementation.STUBS, module.mainSources(Implementation.STUBS),
                    pristineOutput.resolve(module.name()));
            if (!compiled.succeeded()) {
                throw new IllegalStateException("the kit's own stubs and tests of " + module.name()
                        + " do not compile: " + compiled.errors());
            }
            pristine.put(module.name(), compiled);
        }
    }

    /** The learner's module, compiled into its kit output folder with the kit's tests beside it. */
    CompiledModule compile(ExerciseModule module) {
        CompiledModule kit = pristine.get(module.name());
        if (kit == null) {
            return whole.compile(module, Implementation.STUBS);
        }
        Path output = module.kitOutput(Implementation.STUBS);
        List<CompileError> errors = CompilerThread.run(() -> compileMain(module, output));
        if (!errors.isEmpty()) {
            return new CompiledModule(module, Implementation.STUBS, output, List.of(), List.of(), errors);
        }
        List<String> mainClasses = classNames(output);
        if (!linksWithTheTests(kit, output, mainClasses)) {
            return whole.compile(module, Implementation.STUBS);
        }
        copyTestsAndResources(kit, output);
        return new CompiledModule(module, Implementation.STUBS, output, mainClasses, kit.testClasses(), List.of());
    }

    private List<CompileError> compileMain(ExerciseModule module, Path output) {
        Path sources = module.mainSources(Implementation.STUBS);
        StandardJavaFileManager files = fileManagers.poll();
        if (files == null) {
            files = javac.getStandardFileManager(null, locale, StandardCharsets.UTF_8);
        }
        try {
            empty(output);
            List<Path> javaFiles = javaFiles(sources);
            if (javaFiles.isEmpty()) {
                return List.of();
            }
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            List<String> options = List.of("--release", module.javaRelease(), "-encoding", "UTF-8", "-parameters", "-proc:none",
                    "-nowarn", "-implicit:none", "-classpath", classPath.asOption(), "-d", output.toString());
            boolean ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(javaFiles)).call();
            List<CompileError> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> new CompileError(d.getSource() == null ? null : Path.of(d.getSource().toUri()),
                            Math.max(0, d.getLineNumber()), Math.max(0, d.getColumnNumber()), d.getMessage(locale)))
                    .toList();
            return ok || !errors.isEmpty() ? errors : List.of(new CompileError(null, 0, 0, "javac failed without a message"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile " + sources + ": " + e.getMessage(), e);
        } finally {
            fileManagers.add(files);
        }
    }

    // The tests were compiled against the stubs: the learner's classes must declare all they could use.
    private static boolean linksWithTheTests(CompiledModule kit, Path output, List<String> mainClasses) {
        if (mainClasses.stream().anyMatch(new HashSet<>(kit.testClasses())::contains)) {
            return false; // a learner's class with a test's name: javac would refuse the pair
        }
        PublicApi stubs = PublicApi.linkableFromPackage(kit.output(), kit.mainClasses());
        PublicApi learner = PublicApi.linkableFromPackage(output, mainClasses);
        return stubs.missingFrom(learner).isEmpty();
    }

    private static void copyTestsAndResources(CompiledModule kit, Path output) {
        Set<String> stubClasses = new HashSet<>(kit.mainClasses());
        try (Stream<Path> walk = Files.walk(kit.output())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = kit.output().relativize(file).toString().replace('\\', '/');
                if (relative.endsWith(".class") && stubClasses.contains(binaryName(relative))) {
                    continue;
                }
                Path target = output.resolve(relative);
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the kit's tests beside " + output + ": " + e.getMessage(), e);
        }
    }

    private static List<String> classNames(Path output) {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> binaryName(output.relativize(p).toString().replace('\\', '/')))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String binaryName(String relativeClassFile) {
        return relativeClassFile.substring(0, relativeClassFile.length() - ".class".length()).replace('/', '.');
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static void empty(Path output) throws IOException {
        if (Files.exists(output)) {
            try (Stream<Path> walk = Files.walk(output)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(output);
    }

    @Override
    public void close() throws IOException {
        List<IOException> failures = new ArrayList<>();
        for (StandardJavaFileManager files : fileManagers) {
            try {
                files.close();
            } catch (IOException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
