package dev.apikata.chapters;

import dev.apikata.chapters.markdown.MarkdownFile;
import dev.apikata.course.ExerciseManifest;
import dev.apikata.course.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The project's files the doc tests read: chapters, READMEs, manifests, solutions. */
public record ProjectFiles(Path root) {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

    /** The project this build runs in ({@code apikata.projectRoot}, set by the pom). */
    public static ProjectFiles current() {
        String root = System.getProperty("apikata.projectRoot", "..");
        return new ProjectFiles(Path.of(root).toAbsolutePath().normalize());
    }

    /** Every chapter, Japanese first, in file-name order. */
    public List<MarkdownFile> chapters() {
        List<MarkdownFile> files = new ArrayList<>();
        for (Language language : List.of(Language.JA, Language.EN)) {
            files.addAll(chapters(language));
        }
        return files;
    }

    public List<MarkdownFile> chapters(Language language) {
        Path folder = root.resolve("chapters").resolve(language.code());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .map(this::markdown)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The READMEs: the project's and each module's, in both languages. */
    public List<MarkdownFile> readmes() {
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(file -> file.getFileName().toString().matches("README(\\.ja)?\\.md"))
                    .filter(file -> !file.toString().contains("node_modules"))
                    .sorted()
                    .map(this::markdown)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MarkdownFile markdown(Path file) {
        return MarkdownFile.read(file, name(file));
    }

    /** {@code chapters/en/01-http-methods.md}: a file's name as messages show it. */
    public String name(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The language a Markdown file is written in. */
    public static Language languageOf(MarkdownFile file) {
        return file.name().contains("/ja/") || file.name().endsWith(".ja.md") ? Language.JA : Language.EN;
    }

    /** Every exercise module's folder and manifest, in course order. */
    public List<Module> modules() {
        try (Stream<Path> dirs = Files.list(root.resolve("exercises"))) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve(ExerciseManifest.FILE_NAME)))
                    .sorted()
                    .map(dir -> new Module(dir.getFileName().toString(), ExerciseManifest.read(dir.resolve(ExerciseManifest.FILE_NAME))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module whose manifest names this chapter. */
    public Optional<Module> moduleOf(MarkdownFile chapter) {
        return modules().stream()
                .filter(module -> module.manifest().chapter().ja().equals(chapter.name())
                        || module.manifest().chapter().en().equals(chapter.name()))
                .findFirst();
    }

    /** The packages of a module's reference solution: what {@code ./kit jshell} imports for it. */
    public List<String> packagesOf(Module module) {
        Path sources = root.resolve("solutions").resolve(module.name()).resolve("src/main/java");
        TreeSet<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher declaration = PACKAGE.matcher(Files.readString(file));
                if (declaration.find()) {
                    packages.add(declaration.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(packages);
    }

    /** One class of a module's reference solution, by its binary name: to see whether it is on a class path. */
    public Optional<String> aClassOf(Module module) {
        Path sources = root.resolve("solutions").resolve(module.name()).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.getFileName().toString().equals("package-info.java"))
                    .sorted()
                    .findFirst()
                    .map(f -> sources.relativize(f).toString().replace('\\', '/').replace('/', '.').replaceAll("\\.java$", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An exercise module: its folder name ({@code 01-http-methods}) and manifest. */
    public record Module(String name, ExerciseManifest manifest) {
        public String id() {
            return manifest.id();
        }
    }
}
