package dev.apikata.chapters.check;

import dev.apikata.chapters.markdown.CodeBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A first look at a Mermaid diagram without a browser: a diagram type Mermaid knows, and for the
 * sequence diagrams and flowcharts the chapters use, statements Mermaid can read and blocks that
 * end. Rendering it ({@link MermaidRenderer}) is the real proof; this catches the common slips
 * where no browser is installed.
 */
public final class Mermaid {

    private static final Set<String> TYPES = Set.of("sequenceDiagram", "flowchart", "graph", "stateDiagram",
            "stateDiagram-v2", "classDiagram", "erDiagram", "gantt", "timeline", "pie", "journey", "gitGraph",
            "mindmap", "quadrantChart", "xychart-beta", "block-beta", "sankey-beta", "requirementDiagram");

    private static final Pattern ARROW = Pattern.compile(
            "^[^\\s:-][^:]*?\\s*(--?>>|--?>|--?x|--?\\)|<<--?>>)[+-]?\\s*[^:]+?\\s*:.*$");
    private static final List<Pattern> SEQUENCE = List.of(
            Pattern.compile("^(participant|actor)\\s+\\S+(\\s+as\\s+.+)?$"),
            Pattern.compile("^(box|rect)(\\s+.*)?$"),
            Pattern.compile("^(loop|alt|opt|par|critical|break)(\\s+.*)?$"),
            Pattern.compile("^(else|and|option)(\\s+.*)?$"),
            Pattern.compile("^end$"),
            Pattern.compile("^(activate|deactivate|destroy)\\s+\\S+$"),
            Pattern.compile("^[Nn]ote\\s+(left of|right of|over)\\s+[^:]+:.*$"),
            Pattern.compile("^autonumber(\\s+.*)?$"),
            Pattern.compile("^(title|accTitle|accDescr)\\s*:?.*$"),
            ARROW);
    private static final Set<String> OPENERS = Set.of("loop", "alt", "opt", "par", "critical", "break", "rect", "box");

    private Mermaid() {
    }

    /** What is wrong with the diagram, each with its line in the chapter; empty when it looks readable. */
    public static List<String> problems(CodeBlock block) {
        List<String> problems = new ArrayList<>();
        List<String> lines = block.lines();
        int first = 0;
        while (first < lines.size() && (lines.get(first).isBlank() || lines.get(first).strip().startsWith("%%"))) {
            first++;
        }
        if (first == lines.size()) {
            problems.add(block.where() + ": an empty diagram");
            return problems;
        }
        String type = lines.get(first).strip().split("\\s+")[0];
        if (!TYPES.contains(type)) {
            problems.add(block.file() + ":" + block.lineOf(first) + ": \"" + type + "\" is not a Mermaid diagram type");
            return problems;
        }
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            String word = line.split("\\s+")[0];
            if (type.equals("sequenceDiagram")) {
                if (SEQUENCE.stream().noneMatch(p -> p.matcher(line).matches())) {
                    problems.add(block.file() + ":" + block.lineOf(i) + ": Mermaid cannot read this sequence-diagram line: " + line);
                }
                if (OPENERS.contains(word)) {
                    open.push(i);
                }
            } else if (type.equals("flowchart") || type.equals("graph")) {
                if (word.equals("subgraph")) {
                    open.push(i);
                }
                if (!balanced(line)) {
                    problems.add(block.file() + ":" + block.lineOf(i) + ": unbalanced brackets or quotes: " + line);
                }
            }
            if (word.equals("end") && (type.equals("sequenceDiagram") || type.equals("flowchart") || type.equals("graph"))) {
                if (open.isEmpty()) {
                    problems.add(block.file() + ":" + block.lineOf(i) + ": an \"end\" without a block to end");
                } else {
                    open.pop();
                }
            }
        }
        for (int line : open) {
            problems.add(block.file() + ":" + block.lineOf(line) + ": this block has no \"end\"");
        }
        return problems;
    }

    private static boolean balanced(String line) {
        Deque<Character> stack = new ArrayDeque<>();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && "([{".indexOf(c) >= 0) {
                stack.push(c);
            } else if (!quoted && ")]}".indexOf(c) >= 0) {
                if (stack.isEmpty() || "([{".indexOf(stack.pop()) != ")]}".indexOf(c)) {
                    return false;
                }
            }
        }
        return stack.isEmpty() && !quoted;
    }
}
