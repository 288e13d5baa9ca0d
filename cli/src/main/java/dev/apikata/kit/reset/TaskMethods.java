package dev.apikata.kit.reset;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Puts back only the methods of one task: in the original stub, the methods that throw
 * {@code Todo.task("01.4")}; in the learner's file, the methods with the same class, name and
 * parameter types. Everything else the learner wrote (other tasks, imports, fields) stays.
 * Uses javac's own parser, so the result is exactly the original method text.
 */
final class TaskMethods {

    private TaskMethods() {
    }

    /**
     * The learner's {@code current} source with the task's methods replaced by those of {@code original};
     * empty if that cannot be done safely (the file does not parse, or a method was renamed or removed).
     */
    static Optional<String> restore(String original, String current, String taskId) {
        Optional<Parsed> originals = parse(original);
        Optional<Parsed> currents = parse(current);
        if (originals.isEmpty() || currents.isEmpty()) {
            return Optional.empty();
        }
        List<Span[]> replacements = new ArrayList<>();
        for (Map.Entry<String, Span> method : originals.get().methods().entrySet()) {
            String text = method.getValue().text(original);
            if (!TodoMarkers.marks(text, taskId)) {
                continue;
            }
            Span target = currents.get().methods().get(method.getKey());
            if (target == null) {
                return Optional.empty();
            }
            replacements.add(new Span[] {method.getValue(), target});
        }
        if (replacements.isEmpty()) {
            return Optional.empty();
        }
        // From the end of the file backwards, so earlier offsets stay valid.
        replacements.sort(Comparator.comparingLong((Span[] pair) -> pair[1].start()).reversed());
        StringBuilder result = new StringBuilder(current);
        for (Span[] pair : replacements) {
            result.replace((int) pair[1].start(), (int) pair[1].end(), pair[0].text(original));
        }
        // The stub's methods need the stub's imports (Todo, at least), which the learner may have removed.
        List<String> missing = originals.get().imports().stream()
                .filter(line -> !currents.get().imports().contains(line))
                .toList();
        if (!missing.isEmpty()) {
            String newline = current.contains("\r\n") ? "\r\n" : "\n";
            String lines = missing.stream().map(line -> newline + line).collect(Collectors.joining());
            int at = (int) currents.get().importsAt();
            // After the package declaration alone, a blank line first; after an import, none.
            result.insert(at, currents.get().imports().isEmpty() && at > 0 ? newline + lines : lines);
        }
        return Optional.of(result.toString());
    }

    /**
     * Each method's position, keyed by {@code Outer.Inner#name(Type, Type)}, and the imports; empty if
     * the source does not parse.
     */
    private static Optional<Parsed> parse(String source) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Source.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, diagnostics, List.of("-proc:none"), null, List.of(file));
        try {
            CompilationUnitTree unit = task.parse().iterator().next();
            if (diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR)) {
                return Optional.empty();
            }
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            Map<String, Span> methods = new LinkedHashMap<>();
            new MethodFinder(unit, positions, methods).scan(unit, null);
            List<String> imports = unit.getImports().stream()
                    .map(tree -> source.substring((int) positions.getStartPosition(unit, tree),
                            (int) positions.getEndPosition(unit, tree)).strip())
                    .toList();
            Tree last = unit.getImports().isEmpty() ? unit.getPackage() : unit.getImports().get(unit.getImports().size() - 1);
            long importsAt = last == null ? 0 : positions.getEndPosition(unit, last);
            return Optional.of(new Parsed(methods, imports, importsAt));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** @param importsAt where a new import goes: after the last import, or the package declaration */
    private record Parsed(Map<String, Span> methods, List<String> imports, long importsAt) {
    }

    private record Span(long start, long end) {
        String text(String source) {
            return source.substring((int) start, (int) end);
        }
    }

    private static final class MethodFinder extends TreeScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final Map<String, Span> methods;
        private final Deque<String> classes = new ArrayDeque<>();

        MethodFinder(CompilationUnitTree unit, SourcePositions positions, Map<String, Span> methods) {
            this.unit = unit;
            this.positions = positions;
            this.methods = methods;
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            classes.addLast(tree.getSimpleName().toString());
            try {
                return super.visitClass(tree, unused);
            } finally {
                classes.removeLast();
            }
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            String parameters = tree.getParameters().stream()
                    .map(parameter -> parameter.getType().toString().replaceAll("\\s+", ""))
                    .collect(Collectors.joining(","));
            String key = String.join(".", classes) + "#" + tree.getName() + "(" + parameters + ")";
            methods.putIfAbsent(key, new Span(positions.getStartPosition(unit, tree), positions.getEndPosition(unit, tree)));
            return null; // a method's body holds no methods a stub would mark
        }
    }
}
