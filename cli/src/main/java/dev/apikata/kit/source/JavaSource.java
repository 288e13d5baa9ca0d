package dev.apikata.kit.source;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * One Java source file as javac's parser sees it: where each method, its body and the imports are.
 * Used to put a task's stub methods back ({@code kit reset}) and to apply a catalogued mistake to a
 * solution ({@code kit check}); both need the exact text of a method, not a guess from a regex.
 *
 * @param text      the source text
 * @param methods   every method and constructor, outermost class first, in source order
 * @param imports   the import declarations, as written ({@code import java.util.List;})
 * @param importsAt the offset where a new import goes: after the last import, or the package declaration
 */
public record JavaSource(String text, List<Method> methods, List<String> imports, int importsAt) {

    public JavaSource {
        methods = List.copyOf(methods);
        imports = List.copyOf(imports);
    }

    /**
     * A method of the file.
     *
     * @param className  the simple names of its class and the classes around it, {@code Outer.Inner}
     * @param name       the method name ({@code <init>} for a constructor)
     * @param parameters the parameter types as written, without spaces: {@code List<String>}
     * @param whole      the method from its modifiers to its closing brace
     * @param body       its block, braces included; empty for an abstract or native method
     */
    public record Method(String className, String name, List<String> parameters, Span whole, Optional<Span> body) {

        public Method {
            parameters = List.copyOf(parameters);
        }

        /** {@code Outer.Inner#name(Type,Type)}: unique within a file. */
        public String key() {
            return className + "#" + name + "(" + String.join(",", parameters) + ")";
        }

        /** True if the method is {@code name} of a class whose name is, or ends with, {@code className}. */
        public boolean isIn(String className, String name) {
            return this.name.equals(name) && (this.className.equals(className) || this.className.endsWith("." + className));
        }
    }

    /** A range of the text, from {@code start} inclusive to {@code end} exclusive. */
    public record Span(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    /** The parsed file; empty if it does not parse. */
    public static Optional<JavaSource> parse(String text) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Source.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
        JavacTask task = (JavacTask) javac.getTask(null, null, diagnostics, List.of("-proc:none"), null, List.of(file));
        try {
            CompilationUnitTree unit = task.parse().iterator().next();
            if (diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR)) {
                return Optional.empty();
            }
            SourcePositions positions = Trees.instance(task).getSourcePositions();
            List<Method> methods = new ArrayList<>();
            new MethodFinder(unit, positions, methods).scan(unit, null);
            List<String> imports = unit.getImports().stream()
                    .map(tree -> text.substring(start(positions, unit, tree), end(positions, unit, tree)).strip())
                    .toList();
            Tree last = unit.getImports().isEmpty() ? unit.getPackage() : unit.getImports().get(unit.getImports().size() - 1);
            int importsAt = last == null ? 0 : end(positions, unit, last);
            return Optional.of(new JavaSource(text, methods, imports, importsAt));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The method with this key ({@link Method#key()}). */
    public Optional<Method> method(String key) {
        return methods.stream().filter(method -> method.key().equals(key)).findFirst();
    }

    /** The text with {@code missing} imports added after the existing ones, in the file's own line ending. */
    public static String withImports(String text, JavaSource parsed, List<String> missing, int shift) {
        if (missing.isEmpty()) {
            return text;
        }
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String lines = missing.stream().map(line -> newline + line).collect(Collectors.joining());
        int at = parsed.importsAt() + shift;
        // After the package declaration alone, a blank line first; after an import, none.
        String insert = parsed.imports().isEmpty() && at > 0 ? newline + lines : lines;
        return text.substring(0, at) + insert + text.substring(at);
    }

    private static int start(SourcePositions positions, CompilationUnitTree unit, Tree tree) {
        return (int) positions.getStartPosition(unit, tree);
    }

    private static int end(SourcePositions positions, CompilationUnitTree unit, Tree tree) {
        return (int) positions.getEndPosition(unit, tree);
    }

    private static final class MethodFinder extends TreeScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final List<Method> methods;
        private final Deque<String> classes = new ArrayDeque<>();

        MethodFinder(CompilationUnitTree unit, SourcePositions positions, List<Method> methods) {
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
            List<String> parameters = tree.getParameters().stream()
                    .map(parameter -> parameter.getType().toString().replaceAll("\\s+", ""))
                    .toList();
            Optional<Span> body = Optional.ofNullable(tree.getBody())
                    .map(block -> new Span(start(positions, unit, block), end(positions, unit, block)));
            methods.add(new Method(String.join(".", classes), tree.getName().toString(), parameters,
                    new Span(start(positions, unit, tree), end(positions, unit, tree)), body));
            return null; // a method's body holds no methods a stub or a mistake would name
        }
    }
}
