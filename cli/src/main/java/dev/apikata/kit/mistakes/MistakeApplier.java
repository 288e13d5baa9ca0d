package dev.apikata.kit.mistakes;

import dev.apikata.kit.FolderCopy;
import dev.apikata.kit.source.JavaSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a copy of a module's reference solution with one known mistake applied: the bodies the
 * mistake gives replace those of the methods it names. A name that matches no method, or several,
 * is an error: the catalogue has to change when the solution does.
 */
public final class MistakeApplier {

    private MistakeApplier() {
    }

    /** Thrown when a mistake cannot be applied to the solution as it is now. */
    public static final class NotApplicable extends Exception {
        private static final long serialVersionUID = 1L;

        NotApplicable(String message) {
            super(message);
        }
    }

    /** Replaces {@code target} with a copy of {@code solutionSources} that has {@code mistake} in it. */
    public static void apply(KnownMistake mistake, Path solutionSources, Path target) throws NotApplicable {
        try {
            FolderCopy.replace(solutionSources, target);
            Map<Path, String> texts = new LinkedHashMap<>();
            for (Path file : javaFiles(target)) {
                texts.put(file, Files.readString(file, StandardCharsets.UTF_8));
            }
            Map<Path, List<Edit>> edits = new LinkedHashMap<>();
            for (Map.Entry<String, String> replacement : mistake.replace().entrySet()) {
                Located located = locate(replacement.getKey(), texts);
                edits.computeIfAbsent(located.file(), file -> new ArrayList<>())
                        .add(new Edit(located.method(), replacement.getValue()));
            }
            for (Map.Entry<Path, List<Edit>> fileEdits : edits.entrySet()) {
                String text = texts.get(fileEdits.getKey());
                Files.writeString(fileEdits.getKey(), edited(text, fileEdits.getValue(), mistake.imports()),
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot apply the mistake " + mistake.id() + ": " + e.getMessage(), e);
        }
    }

    private record Edit(JavaSource.Method method, String body) {
    }

    private record Located(Path file, JavaSource.Method method) {
    }

    // "PostsClient.create" or "PostsClient.create(NewPost)"; the class may be nested: "Outer.Inner.method".
    private static Located locate(String key, Map<Path, String> texts) throws NotApplicable {
        String name = key.contains("(") ? key.substring(0, key.indexOf('(')) : key;
        Optional<List<String>> parameters = key.contains("(")
                ? Optional.of(parameterList(key.substring(key.indexOf('(') + 1, key.lastIndexOf(')'))))
                : Optional.empty();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            throw new NotApplicable("\"" + key + "\" does not name a method as Class.method");
        }
        String className = name.substring(0, dot);
        String methodName = name.substring(dot + 1);
        List<Located> found = new ArrayList<>();
        for (Map.Entry<Path, String> file : texts.entrySet()) {
            JavaSource source = JavaSource.parse(file.getValue()).orElseThrow(() ->
                    new IllegalStateException("the solution " + file.getKey() + " does not parse"));
            source.methods().stream()
                    .filter(method -> method.isIn(className, methodName))
                    .filter(method -> parameters.map(method.parameters()::equals).orElse(true))
                    .forEach(method -> found.add(new Located(file.getKey(), method)));
        }
        if (found.isEmpty()) {
            throw new NotApplicable("the solution has no method " + key);
        }
        if (found.size() > 1) {
            throw new NotApplicable(key + " names " + found.size() + " methods: add the parameter types, "
                    + found.stream().map(located -> located.method().key()).collect(Collectors.joining(", ")));
        }
        if (found.get(0).method().body().isEmpty()) {
            throw new NotApplicable(key + " has no body to replace");
        }
        return found.get(0);
    }

    private static List<String> parameterList(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(p -> p.replaceAll("\\s+", "")).toList();
    }

    private static String edited(String text, List<Edit> edits, List<String> imports) {
        StringBuilder result = new StringBuilder(text);
        // From the end backwards, so the offsets of earlier methods stay valid.
        List<Edit> backwards = edits.stream()
                .sorted(Comparator.comparingInt((Edit edit) -> edit.method().whole().start()).reversed()).toList();
        for (Edit edit : backwards) {
            JavaSource.Span body = edit.method().body().orElseThrow();
            result.replace(body.start(), body.end(), block(edit.body(), indentation(text, edit.method().whole().start())));
        }
        String changed = result.toString();
        JavaSource parsed = JavaSource.parse(changed).orElse(null);
        if (parsed == null) {
            return changed; // javac reports it, with the line, when the mistake is compiled
        }
        List<String> missing = imports.stream()
                .map(name -> "import " + name.strip() + ";")
                .filter(line -> !parsed.imports().contains(line))
                .toList();
        return JavaSource.withImports(changed, parsed, missing, 0);
    }

    private static String block(String body, String indent) {
        String inner = body.strip().lines().map(line -> line.isBlank() ? "" : indent + "    " + line)
                .collect(Collectors.joining("\n"));
        return "{\n" + inner + "\n" + indent + "}";
    }

    private static String indentation(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        String before = text.substring(lineStart, offset);
        return before.isBlank() ? before : "";
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(path -> path.toString().endsWith(".java") && Files.isRegularFile(path)).sorted().toList();
        }
    }
}
