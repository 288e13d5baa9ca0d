package dev.apikata.kit.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small apikata project written into a temp folder: a root pom, and modules whose manifests list
 * the given tasks. A module's {@code src/main/java/answers.txt} says which tasks the
 * {@link AnswerFileRunner} lets pass, so a test "solves" a task by editing a real file.
 */
final class FixtureProject {

    private final Path root;

    private FixtureProject(Path root) {
        this.root = root;
    }

    static FixtureProject create(Path root) throws IOException {
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(root.resolve("exercises"));
        return new FixtureProject(root);
    }

    FixtureProject module(String name, String id, String... taskNumbers) throws IOException {
        Path dir = root.resolve("exercises").resolve(name);
        Files.createDirectories(dir.resolve("src/main/java"));
        Files.createDirectories(dir.resolve("src/test/java"));
        StringBuilder yaml = new StringBuilder()
                .append("id: \"").append(id).append("\"\n")
                .append("title: { ja: \"モジュール ").append(id).append("\", en: \"Module ").append(id).append("\" }\n")
                .append("chapter: { ja: chapters/ja/").append(name).append(".md, en: chapters/en/").append(name).append(".md }\n")
                .append("tasks:\n");
        for (String number : taskNumbers) {
            String task = id + "." + number;
            yaml.append("  - id: \"").append(task).append("\"\n")
                    .append("    title: { ja: \"タスク ").append(task).append("\", en: \"Task title ").append(task).append("\" }\n")
                    .append("    points: 1\n")
                    .append("    section: s").append(number).append('\n')
                    .append("    hints:\n")
                    .append("      - { ja: \"ヒント1 ").append(task).append("\", en: \"first hint ").append(task).append("\" }\n")
                    .append("      - { ja: \"ヒント2 ").append(task).append("\", en: \"second hint ").append(task).append("\" }\n");
        }
        Files.writeString(dir.resolve("exercise.yaml"), yaml.toString());
        Files.writeString(dir.resolve("src/main/java/answers.txt"), "");
        return this;
    }

    /** Saves the module's answer file: the listed tasks pass from now on. */
    void solve(String module, String... taskIds) throws IOException {
        Files.writeString(answers(module), String.join("\n", List.of(taskIds)) + "\n");
    }

    Path answers(String module) {
        return root.resolve("exercises").resolve(module).resolve("src/main/java/answers.txt");
    }

    Path root() {
        return root;
    }
}
