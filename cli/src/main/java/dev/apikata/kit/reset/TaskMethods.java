package dev.apikata.kit.reset;

import dev.apikata.kit.source.JavaSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Puts back only the methods of one task: in the original stub, the methods that throw
 * {@code NotDoneYet.task("01.4")}; in the learner's file, the methods with the same class, name and
 * parameter types. Everything else the learner wrote (other tasks, imports, fields) stays.
 * Uses javac's own parser ({@link JavaSource}), so the result is exactly the original method text.
 */
final class TaskMethods {

    private TaskMethods() {
    }

    /**
     * The learner's {@code current} source with the task's methods replaced by those of {@code original};
     * empty if that cannot be done safely (the file does not parse, or a method was renamed or removed).
     */
    static Optional<String> restore(String original, String current, String taskId) {
        Optional<JavaSource> originals = JavaSource.parse(original);
        Optional<JavaSource> currents = JavaSource.parse(current);
        if (originals.isEmpty() || currents.isEmpty()) {
            return Optional.empty();
        }
        List<Replacement> replacements = new ArrayList<>();
        for (JavaSource.Method method : originals.get().methods()) {
            String text = method.whole().of(original);
            if (!StubMarkers.marks(text, taskId)) {
                continue;
            }
            Optional<JavaSource.Method> target = currents.get().method(method.key());
            if (target.isEmpty()) {
                return Optional.empty();
            }
            replacements.add(new Replacement(target.get().whole(), text));
        }
        if (replacements.isEmpty()) {
            return Optional.empty();
        }
        // From the end of the file backwards, so earlier offsets stay valid.
        replacements.sort(Comparator.comparingInt((Replacement r) -> r.target().start()).reversed());
        StringBuilder result = new StringBuilder(current);
        for (Replacement replacement : replacements) {
            result.replace(replacement.target().start(), replacement.target().end(), replacement.text());
        }
        // The stub's methods need the stub's imports (NotDoneYet, at least), which the learner may have removed.
        List<String> missing = originals.get().imports().stream()
                .filter(line -> !currents.get().imports().contains(line))
                .toList();
        return Optional.of(JavaSource.withImports(result.toString(), currents.get(), missing, 0));
    }

    private record Replacement(JavaSource.Span target, String text) {
    }
}
