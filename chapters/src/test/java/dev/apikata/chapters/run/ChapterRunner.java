package dev.apikata.chapters.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.apikata.chapters.markdown.CodeBlock;
import dev.apikata.chapters.markdown.MarkdownFile;
import dev.apikata.chapters.markdown.Marker;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;

/**
 * Runs one Markdown file as a reader would: its blocks in order, Java and jshell blocks in one
 * JShell session, shell blocks in a real shell in a copy of the project, against a running
 * practice API whose real base URL replaces the chapters' {@code http://127.0.0.1:8080}. Every
 * problem names the file, the line and what differed.
 */
public final class ChapterRunner implements AutoCloseable {

    /** The base URL the chapters are written with. */
    public static final String CHAPTER_BASE = "http://127.0.0.1:8080";
    private static final String CHAPTER_HOST = "127.0.0.1:8080";
    private static final Pattern CURL = Pattern.compile("(^|[\\s;|&(`$])curl(\\.exe)?\\s");
    // What jshell's own DEFAULT start-up imports, before ./kit jshell adds its snippets.
    private static final List<String> JSHELL_DEFAULT_STARTUP = List.of("import java.io.*;", "import java.math.*;",
            "import java.net.*;", "import java.nio.file.*;", "import java.util.*;", "import java.util.concurrent.*;",
            "import java.util.function.*;", "import java.util.prefs.*;", "import java.util.regex.*;",
            "import java.util.stream.*;");
    private static final Pattern EXPRESSION_NAME = Pattern.compile("\\$\\d+\\b");

    /** Where and how to run; a shell block that runs longer than {@code commandTimeout} is stopped. */
    public record Setup(URI baseUrl, Path projectRoot, List<String> classPath, Supplier<String> jshellStartup,
            Map<String, String> environment, Supplier<ReaderProject> readerProject, Duration commandTimeout) {

        public Setup withCommandTimeout(Duration timeout) {
            return new Setup(baseUrl, projectRoot, classPath, jshellStartup, environment, readerProject, timeout);
        }
    }

    private final MarkdownFile file;
    private final Setup setup;
    private final boolean strict;
    private final List<String> problems = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private final RunStats stats = new RunStats();
    private JShellRunner jshell;
    private ReaderProject reader;
    private String lastOutput;
    private CodeBlock lastRunnable;
    // A block skipped because this JDK is too old: the output shown below it is skipped with it.
    private boolean lastSkippedForJdk;

    /**
     * @param strict a chapter: every block must run, be compared or say why not. A README is not
     *               strict: only its marked blocks are checked.
     */
    public ChapterRunner(MarkdownFile file, Setup setup, boolean strict) {
        this.file = file;
        this.setup = setup;
        this.strict = strict;
    }

    public List<String> problems() {
        return problems;
    }

    /** One line per block: what the runner did with it (and why it skipped one). */
    public List<String> log() {
        return log;
    }

    public RunStats stats() {
        return stats;
    }

    public ChapterRunner run() {
        problems.addAll(file.problems());
        Map<String, Integer> lastPiece = new HashMap<>();
        for (int i = 0; i < file.blocks().size(); i++) {
            CodeBlock block = file.blocks().get(i);
            if (block.hasMarker(Marker.Kind.FRAGMENT)) {
                lastPiece.put(block.marker().orElseThrow().argument(), i);
            }
        }
        Map<String, List<CodeBlock>> pieces = new HashMap<>();
        for (int i = 0; i < file.blocks().size(); i++) {
            CodeBlock block = file.blocks().get(i);
            try {
                Optional<Marker> marker = block.marker();
                if (marker.isPresent()) {
                    switch (marker.get().kind()) {
                        case SKIP -> skip(block, marker.get().argument());
                        case QUOTE -> quote(block, marker.get().argument());
                        case OUTPUT -> output(block, marker.get());
                        case FRAGMENT -> {
                            String name = marker.get().argument();
                            pieces.computeIfAbsent(name, n -> new ArrayList<>()).add(block);
                            if (lastPiece.get(name) == i) {
                                runFragments(name, pieces.remove(name));
                            } else {
                                log.add(block.where() + " fragment " + name + ": runs with its last piece");
                            }
                        }
                        case RUN -> runUnmarked(block, true);
                        case JDK -> {
                            if (marker.get().needsNewerJdk()) {
                                skipForJdk(block, marker.get().argument());
                            } else {
                                runUnmarked(block, false);
                            }
                        }
                    }
                } else {
                    runUnmarked(block, false);
                }
            } catch (RuntimeException e) {
                problem(block.line(), "the runner failed on this block: " + e);
            }
        }
        return this;
    }

    private void runUnmarked(CodeBlock block, boolean run) {
        if (!strict && !run) {
            return; // a README: only its marked blocks are checked
        }
        if (block.isJava()) {
            if (block.isJShellTranscript()) {
                transcript(block);
            } else {
                java(block.lines(), block.line() + 1, block);
            }
        } else if (block.isShell()) {
            if (run || CURL.matcher(block.text()).find()) {
                shell(block);
            } else if (strict) {
                problem(block.line(), "a " + block.language() + " block without curl: mark it <!-- doc: run --> to run it,"
                        + " or <!-- doc: skip <reason> --> to say why it does not run");
            }
        } else if (block.isMermaid()) {
            stats.diagrams++;
            log.add(block.where() + " mermaid: checked by the diagram test");
        } else if (List.of("xml", "json", "yaml", "yml").contains(block.language())) {
            parse(block);
        } else if (strict && block.isPlain()) {
            problem(block.line(), "a text block without a doc marker: say what it is with <!-- doc: output -->,"
                    + " <!-- doc: output trimmed -->, <!-- doc: output of <command> -->, <!-- doc: quote <path> -->"
                    + " or <!-- doc: skip <reason> -->");
        } else if (strict) {
            problem(block.line(), "a " + block.language() + " block cannot run here: mark it <!-- doc: skip <reason> -->");
        }
    }

    private void skip(CodeBlock block, String reason) {
        stats.skipped++;
        log.add(block.where() + " skipped: " + reason);
    }

    private void skipForJdk(CodeBlock block, String version) {
        stats.skipped++;
        log.add(block.where() + " skipped: needs JDK " + version + " or newer, this is JDK " + Runtime.version().feature());
        lastOutput = null;
        lastRunnable = null;
        lastSkippedForJdk = true;
    }

    private void java(List<String> lines, int firstLine, CodeBlock block) {
        stats.javaBlocks++;
        List<JShellRunner.Evaluated> results = jshell().feed(rewrite(lines), firstLine);
        StringBuilder printed = new StringBuilder();
        for (JShellRunner.Evaluated result : results) {
            stats.javaSnippets++;
            printed.append(result.printed());
            if (result.failed()) {
                problem(result.line(), "this snippet fails in jshell: " + result.problem() + "\n  snippet: "
                        + result.source().strip().replace("\n", "\n           "));
            }
        }
        ran(block, printed.toString());
    }

    private void runFragments(String name, List<CodeBlock> blocks) {
        List<String> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (CodeBlock piece : blocks) {
            for (int i = 0; i < piece.lines().size(); i++) {
                lines.add(piece.lines().get(i));
                numbers.add(piece.lineOf(i));
            }
        }
        CodeBlock last = blocks.get(blocks.size() - 1);
        if (!last.isJava()) {
            problem(last.line(), "fragments are for java and jshell blocks; this one is " + last.language());
            return;
        }
        stats.javaBlocks += blocks.size();
        stats.fragmentBlocks += blocks.size();
        List<JShellRunner.Evaluated> results = jshell().feed(rewrite(lines), numbers::get, true);
        StringBuilder printed = new StringBuilder();
        for (JShellRunner.Evaluated result : results) {
            stats.javaSnippets++;
            printed.append(result.printed());
            if (result.failed()) {
                problem(result.line(), "the example \"" + name + "\" fails in jshell: " + result.problem());
            }
        }
        log.add(last.where() + " fragment " + name + ": " + blocks.size() + " pieces ran as one");
        ran(last, printed.toString());
    }

    private void transcript(CodeBlock block) {
        stats.javaBlocks++;
        List<String> lines = block.lines();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).startsWith("jshell> ")) {
                if (!lines.get(i).isBlank()) {
                    problem(block.lineOf(i), "a jshell transcript must start with a jshell> prompt");
                    return;
                }
                i++;
                continue;
            }
            List<String> input = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            input.add(lines.get(i).substring("jshell> ".length()));
            numbers.add(block.lineOf(i));
            i++;
            while (i < lines.size() && lines.get(i).matches("^\\s*\\.\\.\\.> ?.*")) {
                input.add(lines.get(i).replaceFirst("^\\s*\\.\\.\\.> ?", ""));
                numbers.add(block.lineOf(i));
                i++;
            }
            int expectedFrom = i;
            List<String> expected = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).startsWith("jshell> ")) {
                expected.add(lines.get(i));
                i++;
            }
            List<JShellRunner.Evaluated> results = jshell().feed(rewrite(input), numbers::get, false);
            StringBuilder shown = new StringBuilder();
            boolean rejected = false;
            for (JShellRunner.Evaluated result : results) {
                stats.javaSnippets++;
                shown.append(result.shown());
                if (result.rejected()) {
                    problem(result.line(), "this input fails in jshell: " + result.problem());
                    rejected = true;
                }
            }
            if (!rejected) {
                stats.outputsCompared++;
                String actual = EXPRESSION_NAME.matcher(normalize(shown.toString())).replaceAll(java.util.regex.Matcher.quoteReplacement("$N"));
                List<String> shownLines = expected.stream().map(l -> EXPRESSION_NAME.matcher(l).replaceAll("\\$N")).toList();
                OutputPattern.exact(shownLines).mismatch(actual).ifPresent(why ->
                        problem(block.lineOf(expectedFrom), "jshell answers otherwise than the transcript shows: " + why));
            }
        }
        lastOutput = null;
        lastRunnable = null;
        lastSkippedForJdk = false;
        log.add(block.where() + " jshell transcript: run and compared");
    }

    private void shell(CodeBlock block) {
        for (int i = 0; i < block.lines().size(); i++) {
            if (block.lines().get(i).startsWith("$ ")) {
                problem(block.lineOf(i), "a shell block holds commands only: leave out the \"$ \" prompt and show what"
                        + " the commands print in a text block marked <!-- doc: output --> below it");
                return;
            }
        }
        stats.shellBlocks++;
        List<String> commands = commands(block.lines());
        stats.shellCommands += commands.size();
        stats.kitCommands += (int) commands.stream().filter(c -> c.startsWith("./kit") || c.startsWith("kit ")).count();
        long started = System.nanoTime();
        ShellRunner.Ran ran = shellRunner().run(String.join("\n", rewrite(block.lines())));
        for (String failure : ran.failures()) {
            problem(block.line(), "a command fails: " + failure + "\n  its output:\n    | "
                    + normalize(ran.output()).strip().replace("\n", "\n    | "));
        }
        log.add(block.where() + " " + block.language() + ": ran " + commands.size() + " command(s) in " + seconds(started));
        ran(block, ran.output());
    }

    private void output(CodeBlock block, Marker marker) {
        String actual;
        String what;
        String took = "";
        if (marker.hasCommand()) {
            stats.shellCommands++;
            if (marker.argument().startsWith("./kit") || marker.argument().startsWith("kit ")) {
                stats.kitCommands++;
            }
            long started = System.nanoTime();
            ShellRunner.Ran ran = shellRunner().run(rewrite(List.of(marker.argument())).get(0));
            what = "`" + marker.argument() + "`";
            // The exit code is not checked: ./kit exits 1 while tasks fail, and the sample shows that state.
            if (ran.stopped()) {
                problem(block.line(), what + " " + ran.failures().get(0) + ", so its output cannot be compared");
                return;
            }
            actual = ran.output();
            took = " in " + seconds(started);
        } else {
            if (lastSkippedForJdk) {
                stats.skipped++;
                log.add(block.where() + " skipped: the output of a block this JDK does not run");
                return;
            }
            if (lastOutput == null) {
                problem(block.line(), "an output marker, but no block before it ran to produce that output");
                return;
            }
            actual = lastOutput;
            what = "the block at line " + lastRunnable.line();
        }
        stats.outputsCompared++;
        OutputPattern pattern = marker.trimmed() ? OutputPattern.trimmed(block.lines()) : OutputPattern.exact(block.lines());
        pattern.mismatch(normalize(actual)).ifPresent(why ->
                problem(block.line(), "the shown output is not what " + what + " prints: " + why));
        log.add(block.where() + " output of " + what + ": compared" + took);
    }

    private void quote(CodeBlock block, String path) {
        stats.quotesChecked++;
        Path quoted = setup.projectRoot().resolve(path).normalize();
        if (!Files.isRegularFile(quoted)) {
            problem(block.line(), "quotes " + path + ", which does not exist");
            return;
        }
        try {
            String language = block.isPlain() ? languageOf(path) : block.language();
            List<String> fileLines = CodeLines.of(Files.readAllLines(quoted, StandardCharsets.UTF_8), language);
            List<String> shown = CodeLines.of(block.lines(), language);
            int from = 0;
            for (String line : shown) {
                int found = fileLines.subList(from, fileLines.size()).indexOf(line);
                if (found < 0) {
                    problem(block.line(), "quotes " + path + ", but this line is not in it"
                            + (from > 0 ? " (after the lines matched so far)" : "") + ":\n    " + line);
                    return;
                }
                from += found + 1;
            }
            log.add(block.where() + " quote of " + path + ": matches");
        } catch (IOException e) {
            problem(block.line(), "cannot read " + path + ": " + e.getMessage());
        }
    }

    private void parse(CodeBlock block) {
        stats.dataBlocksParsed++;
        try {
            switch (block.language()) {
                case "xml" -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader(block.text())));
                case "json" -> new ObjectMapper().readTree(block.text());
                default -> new ObjectMapper(new YAMLFactory()).readTree(block.text());
            }
            log.add(block.where() + " " + block.language() + ": well-formed");
        } catch (Exception e) {
            problem(block.line(), "this " + block.language() + " block is not well-formed: " + e.getMessage());
        }
    }

    private void ran(CodeBlock block, String output) {
        lastSkippedForJdk = false;
        lastOutput = output;
        lastRunnable = block;
    }

    private JShellRunner jshell() {
        if (jshell == null) {
            jshell = new JShellRunner(setup.classPath());
            List<String> startup = new ArrayList<>(JSHELL_DEFAULT_STARTUP);
            startup.addAll(setup.jshellStartup().get().lines().toList());
            for (JShellRunner.Evaluated result : jshell.feed(startup, 1)) {
                if (result.failed()) {
                    problem(0, "the kit's jshell start-up fails: " + result.problem());
                }
            }
        }
        return jshell;
    }

    private ShellRunner shellRunner() {
        if (reader == null) {
            reader = setup.readerProject().get();
        }
        Map<String, String> environment = new HashMap<>(setup.environment());
        environment.put("CURL_HOME", reader.curlHome().toString());
        return new ShellRunner(reader.root(), environment, setup.commandTimeout());
    }

    /** Commands of a shell block: its lines without comments and blanks, continuation lines joined. */
    static List<String> commands(List<String> lines) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            String code = CodeLines.withoutHashComment(line).strip();
            if (code.endsWith("\\")) {
                current.append(code, 0, code.length() - 1).append(' ');
                continue;
            }
            current.append(code);
            if (!current.toString().isBlank()) {
                commands.add(current.toString().strip());
            }
            current.setLength(0);
        }
        return commands;
    }

    private List<String> rewrite(List<String> lines) {
        String real = setup.baseUrl().toString().replaceAll("/$", "");
        String host = setup.baseUrl().getHost() + ":" + setup.baseUrl().getPort();
        return lines.stream().map(line -> line.replace(CHAPTER_BASE, real).replace(CHAPTER_HOST, host)).toList();
    }

    /** The real output as the chapter writes it: the chapters' base URL for the real one, LF line ends. */
    private String normalize(String output) {
        String host = setup.baseUrl().getHost() + ":" + setup.baseUrl().getPort();
        return output.replace("\r\n", "\n").replace(host, CHAPTER_HOST);
    }

    private static String seconds(long startedNanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }

    private static String languageOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "text" : path.substring(dot + 1);
    }

    private void problem(int line, String message) {
        problems.add(file.name() + ":" + line + ": " + message);
    }

    @Override
    public void close() {
        if (jshell != null) {
            jshell.close();
        }
        if (reader != null) {
            reader.close();
        }
    }
}
