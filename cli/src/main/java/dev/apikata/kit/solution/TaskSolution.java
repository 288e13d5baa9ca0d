package dev.apikata.kit.solution;

import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.reset.StubMarkers;
import dev.apikata.kit.reset.StubRestorer;
import dev.apikata.kit.source.JavaSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reference solution of one task beside the learner's own: the methods whose original stub
 * throws the task's marker, each as a diff from the learner's version to the reference, and the
 * reference's helper methods they call that the learner's file does not have.
 */
public final class TaskSolution {

    /** One method of the task: where it lives, and the diff from the learner's text to the reference's. */
    public record MethodDiff(Path learnerFile, Path referenceFile, String method, List<LineDiff.Line> lines) {
        public MethodDiff {
            lines = List.copyOf(lines);
        }

        public List<String> rendered() {
            return lines.stream().map(LineDiff.Line::toString).toList();
        }
    }

    /** A method of the reference the task's methods call and the learner's file lacks. */
    public record Helper(Path referenceFile, String method, String text) {
    }

    /** @param methods empty when the task's methods could not be found (no git history of the stubs) */
    public record Listing(List<MethodDiff> methods, List<Helper> helpers) {
        public Listing {
            methods = List.copyOf(methods);
            helpers = List.copyOf(helpers);
        }
    }

    private TaskSolution() {
    }

    public static Listing of(ExerciseModule module, String taskId, StubRestorer stubs) {
        List<MethodDiff> methods = new ArrayList<>();
        List<Helper> helpers = new ArrayList<>();
        for (Path file : stubs.stubFiles(module)) {
            Optional<String> original = stubs.originalOf(file).filter(text -> StubMarkers.marks(text, taskId));
            Path reference = module.solutionSources().resolve(module.stubSources().relativize(file).toString());
            if (original.isEmpty() || !Files.isRegularFile(reference)) {
                continue;
            }
            Optional<JavaSource> stub = JavaSource.parse(original.get());
            Optional<JavaSource> solution = JavaSource.parse(read(reference));
            Optional<JavaSource> learner = Files.isRegularFile(file) ? JavaSource.parse(read(file)) : Optional.empty();
            if (stub.isEmpty() || solution.isEmpty()) {
                continue;
            }
            List<String> taskReferenceTexts = new ArrayList<>();
            for (JavaSource.Method method : stub.get().methods()) {
                if (!StubMarkers.marks(method.whole().of(stub.get().text()), taskId)) {
                    continue;
                }
                Optional<JavaSource.Method> referenceMethod = solution.get().method(method.key());
                if (referenceMethod.isEmpty()) {
                    continue;
                }
                String referenceText = referenceMethod.get().whole().of(solution.get().text());
                taskReferenceTexts.add(referenceText);
                List<String> mine = learner.flatMap(source -> source.method(method.key())
                        .map(found -> found.whole().of(source.text()))).map(TaskSolution::lines).orElse(List.of());
                methods.add(new MethodDiff(file, reference, method.className() + "." + method.name(),
                        LineDiff.of(mine, lines(referenceText))));
            }
            for (JavaSource.Method method : solution.get().methods()) {
                boolean learnerHasIt = learner.flatMap(source -> source.method(method.key())).isPresent();
                boolean taskMethod = stub.get().method(method.key()).isPresent();
                Pattern called = Pattern.compile("\\b" + Pattern.quote(method.name()) + "\\s*\\(");
                if (!learnerHasIt && !taskMethod && taskReferenceTexts.stream().anyMatch(text -> called.matcher(text).find())) {
                    helpers.add(new Helper(reference, method.className() + "." + method.name(),
                            method.whole().of(solution.get().text())));
                }
            }
        }
        return new Listing(methods, helpers);
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
