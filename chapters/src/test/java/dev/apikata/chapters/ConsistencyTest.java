package dev.apikata.chapters;

import static org.junit.jupiter.api.Assertions.fail;

import dev.apikata.chapters.check.LinkCheck;
import dev.apikata.chapters.check.ParityCheck;
import dev.apikata.chapters.check.TaskReferences;
import dev.apikata.chapters.markdown.MarkdownFile;
import dev.apikata.course.Language;
import dev.apikata.course.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The chapters agree with each other, with the READMEs' links and with the manifests. */
class ConsistencyTest {

    private static final ProjectFiles PROJECT = ProjectFiles.current();

    @TestFactory
    @DisplayName("each Japanese chapter has the same sections, anchors and code as its English twin")
    Stream<DynamicTest> parity() {
        List<MarkdownFile> ja = PROJECT.chapters(Language.JA);
        List<MarkdownFile> en = PROJECT.chapters(Language.EN);
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("both languages have the same chapter files", () -> {
            List<String> jaNames = ja.stream().map(f -> f.path().getFileName().toString()).toList();
            List<String> enNames = en.stream().map(f -> f.path().getFileName().toString()).toList();
            if (!jaNames.equals(enNames)) {
                fail("chapters/ja has " + jaNames + " but chapters/en has " + enNames);
            }
        }));
        for (MarkdownFile japanese : ja) {
            en.stream().filter(f -> f.path().getFileName().equals(japanese.path().getFileName())).findFirst().ifPresent(english ->
                    tests.add(DynamicTest.dynamicTest(english.path().getFileName().toString(),
                            () -> report(ParityCheck.compare(japanese, english)))));
        }
        return tests.stream();
    }

    @TestFactory
    @DisplayName("every relative link and #anchor in the chapters and READMEs resolves")
    Stream<DynamicTest> links() {
        List<MarkdownFile> files = new ArrayList<>(PROJECT.chapters());
        files.addAll(PROJECT.readmes());
        return files.stream().map(file -> DynamicTest.dynamicTest(file.name(),
                () -> report(LinkCheck.check(file, PROJECT::markdown))));
    }

    @Test
    @DisplayName("every manifest names chapters that exist, and every task's section is an anchor in both")
    void manifestSections() {
        List<String> problems = new ArrayList<>();
        for (ProjectFiles.Module module : PROJECT.modules()) {
            for (Language language : Language.values()) {
                String chapter = module.manifest().chapter().in(language);
                Path file = PROJECT.root().resolve(chapter);
                if (!Files.isRegularFile(file)) {
                    problems.add("exercises/" + module.name() + "/exercise.yaml: the chapter " + chapter + " does not exist");
                    continue;
                }
                MarkdownFile markdown = PROJECT.markdown(file);
                for (Task task : module.manifest().tasks()) {
                    if (!markdown.anchors().contains(task.section())) {
                        problems.add("exercises/" + module.name() + "/exercise.yaml: task " + task.id() + " names the section "
                                + task.section() + ", which " + chapter + " does not have");
                    }
                }
            }
        }
        report(problems);
    }

    @Test
    @DisplayName("chapters name their tasks as the manifests do (table rows, each task's section), and hints name those sections")
    void taskReferences() {
        List<String> problems = new ArrayList<>();
        for (MarkdownFile chapter : PROJECT.chapters()) {
            PROJECT.moduleOf(chapter).ifPresent(module -> {
                Language language = ProjectFiles.languageOf(chapter);
                problems.addAll(TaskReferences.check(chapter, module.manifest(), language));
                problems.addAll(TaskReferences.hintsNameTheirSections(chapter, module.manifest(), language));
            });
        }
        report(problems);
    }

    static void report(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s):\n\n" + String.join("\n\n", problems) + "\n");
        }
    }
}
