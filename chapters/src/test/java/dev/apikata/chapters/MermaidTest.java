package dev.apikata.chapters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.chapters.check.Mermaid;
import dev.apikata.chapters.check.MermaidRenderer;
import dev.apikata.chapters.markdown.CodeBlock;
import dev.apikata.chapters.markdown.MarkdownFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every Mermaid diagram in the chapters and READMEs is read without a browser, then rendered by
 * Mermaid in headless Chromium where both are installed ({@code .ci/run} installs them; in CI a
 * missing renderer fails the test instead of skipping the rendering).
 */
class MermaidTest {

    private static final ProjectFiles PROJECT = ProjectFiles.current();

    @Test
    @DisplayName("every diagram is one Mermaid can render")
    void diagramsRender() {
        List<MarkdownFile> files = new ArrayList<>(PROJECT.chapters());
        files.addAll(PROJECT.readmes());
        List<CodeBlock> diagrams = files.stream().flatMap(f -> f.blocks().stream()).filter(CodeBlock::isMermaid).toList();
        List<String> problems = new ArrayList<>();
        diagrams.forEach(block -> problems.addAll(Mermaid.problems(block)));

        Optional<MermaidRenderer> renderer = MermaidRenderer.find(PROJECT.root());
        if (renderer.isPresent()) {
            List<MermaidRenderer.Rendered> results = renderer.get().render(diagrams.stream().map(CodeBlock::text).toList());
            for (int i = 0; i < diagrams.size(); i++) {
                if (!results.get(i).ok()) {
                    problems.add(diagrams.get(i).where() + ": Mermaid cannot render this diagram: " + results.get(i).error());
                }
            }
            System.out.println("Mermaid: " + diagrams.size() + " diagram(s) rendered in headless Chromium");
        } else if ("true".equals(System.getenv("CI"))) {
            problems.add("CI must render the diagrams, but " + MermaidRenderer.whatIsMissing(PROJECT.root()) + " is missing");
        } else {
            System.out.println("Mermaid: " + diagrams.size() + " diagram(s) read, not rendered: "
                    + MermaidRenderer.whatIsMissing(PROJECT.root()) + " is missing (.ci/run installs both)");
        }
        ConsistencyTest.report(problems);
    }

    @Test
    @DisplayName("the renderer tells a diagram Mermaid rejects from one it draws")
    void rendererRejectsABrokenDiagram() {
        Optional<MermaidRenderer> renderer = MermaidRenderer.find(PROJECT.root());
        if (renderer.isEmpty() && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("not rendered: " + MermaidRenderer.whatIsMissing(PROJECT.root()) + " is missing");
        }
        assertThat(renderer).as("a Mermaid renderer (CI must have one)").isPresent();
        List<MermaidRenderer.Rendered> results = renderer.get().render(List.of(
                "sequenceDiagram\n    participant C as Client\n    C->>S GET /posts/1\n",
                "sequenceDiagram\n    participant C as Client\n    C->>S: GET /posts/1\n"));

        assertThat(results).extracting(MermaidRenderer.Rendered::ok).containsExactly(false, true);
        assertThat(results.get(0).error()).as("Mermaid's own message").isNotBlank();
    }
}
