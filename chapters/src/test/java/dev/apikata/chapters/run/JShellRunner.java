package dev.apikata.chapters.run;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * One JShell session (the JDK's {@code jdk.jshell} API) that takes code the way the jshell tool
 * takes what a reader pastes: line by line, running a snippet as soon as it is complete.
 */
public final class JShellRunner implements AutoCloseable {

    /** What one snippet did: what jshell would show for it, and whether it went wrong. */
    public record Evaluated(int line, String source, String shown, String printed, String problem, boolean threw) {
        public boolean failed() {
            return problem != null;
        }

        /** Failed for a reason other than an exception (which a transcript may show on purpose). */
        public boolean rejected() {
            return problem != null && !threw;
        }
    }

    private static final long SNIPPET_TIMEOUT_SECONDS = 60;

    private final JShell shell;
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ExecutorService evaluator = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "doc-test-jshell");
        thread.setDaemon(true);
        return thread;
    });

    public JShellRunner(List<String> classPath) {
        PrintStream sink = new PrintStream(printed, true, StandardCharsets.UTF_8);
        this.shell = JShell.builder().executionEngine(new InThreadEngine(), Map.of()).out(sink).err(sink).build();
        classPath.forEach(shell::addToClasspath);
    }

    /**
     * Feeds {@code lines} as typed, one line at a time; {@code firstLine} is the chapter line of the
     * first one. Stops at the first snippet that fails.
     */
    public List<Evaluated> feed(List<String> lines, int firstLine) {
        return feed(lines, index -> firstLine + index, true);
    }

    /**
     * The same, with the chapter line of each input line given by {@code lineOf}; a transcript passes
     * {@code stopOnException} false, since it may show an exception on purpose.
     */
    public List<Evaluated> feed(List<String> lines, java.util.function.IntUnaryOperator lineOf, boolean stopOnException) {
        List<Evaluated> results = new ArrayList<>();
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        StringBuilder buffer = new StringBuilder();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (buffer.length() == 0 && lines.get(i).isBlank()) {
                continue;
            }
            if (buffer.length() == 0) {
                start = lineOf.applyAsInt(i);
            }
            buffer.append(lines.get(i)).append('\n');
            while (buffer.length() > 0) {
                CompletionInfo info = analysis.analyzeCompletion(buffer.toString());
                if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                    buffer.setLength(0);
                } else if (info.completeness().isComplete() || info.completeness() == SourceCodeAnalysis.Completeness.UNKNOWN) {
                    Evaluated result = eval(info.source(), start);
                    results.add(result);
                    if (result.rejected() || (stopOnException && result.failed())) {
                        return results;
                    }
                    buffer.setLength(0);
                    buffer.append(info.remaining());
                    if (info.remaining().isBlank()) {
                        buffer.setLength(0);
                    }
                } else {
                    break; // incomplete: wait for the next line, as jshell does
                }
            }
        }
        if (buffer.length() > 0 && !buffer.toString().isBlank()) {
            results.add(new Evaluated(start, buffer.toString(), "", "",
                    "the block ends in the middle of a statement: jshell would keep waiting for more input", false));
        }
        return results;
    }

    /** Runs one complete snippet. */
    public Evaluated eval(String source, int line) {
        printed.reset();
        long started = System.nanoTime();
        PrintStream original = System.out;
        PrintStream originalErr = System.err;
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        List<SnippetEvent> events;
        System.setOut(capture);
        System.setErr(capture);
        try {
            Future<List<SnippetEvent>> running = evaluator.submit(() -> shell.eval(source));
            try {
                events = running.get(SNIPPET_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                shell.stop();
                return new Evaluated(line, source, "", "", "still running after " + SNIPPET_TIMEOUT_SECONDS + " s: stopped", false);
            }
        } catch (Exception e) {
            return new Evaluated(line, source, "", "", "jshell failed: " + e, false);
        } finally {
            capture.flush();
            System.setOut(original);
            System.setErr(originalErr);
        }
        long took = System.nanoTime() - started;
        if (took > TimeUnit.SECONDS.toNanos(10)) {
            System.out.println("doc test: a snippet at line " + line + " took " + TimeUnit.NANOSECONDS.toSeconds(took) + " s");
        }
        String out = printed.toString(StandardCharsets.UTF_8);
        StringBuilder shown = new StringBuilder(out);
        String problem = null;
        boolean threw = false;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = event.snippet();
            switch (event.status()) {
                case REJECTED -> problem = "jshell rejects it:\n" + diagnostics(snippet, source);
                case RECOVERABLE_DEFINED, RECOVERABLE_NOT_DEFINED -> problem = "it refers to something not defined yet:\n"
                        + diagnostics(snippet, source) + String.join(", ", shell.unresolvedDependencies(declaration(snippet)).toList());
                default -> { }
            }
            if (event.exception() != null) {
                problem = problem != null ? problem : "it throws " + describe(event.exception());
                threw = true;
                shown.append("|  Exception ").append(describe(event.exception())).append('\n');
            } else if (problem == null) {
                shown.append(feedback(event));
            }
        }
        return new Evaluated(line, source, shown.toString(), out, problem, threw && problem.startsWith("it throws"));
    }

    private static jdk.jshell.DeclarationSnippet declaration(Snippet snippet) {
        return (jdk.jshell.DeclarationSnippet) snippet;
    }

    /** What the jshell tool prints for a snippet in its normal feedback mode. */
    private static String feedback(SnippetEvent event) {
        Snippet snippet = event.snippet();
        boolean replaced = event.previousStatus() != Snippet.Status.NONEXISTENT;
        if (snippet instanceof VarSnippet variable) {
            String value = event.value() == null ? "null" : event.value();
            return variable.name() + " ==> " + value + "\n";
        }
        if (snippet instanceof jdk.jshell.ExpressionSnippet expression && event.value() != null && !event.value().isEmpty()) {
            return expression.name() + " ==> " + event.value() + "\n";
        }
        String verb = replaced ? "modified" : "created";
        if (snippet instanceof MethodSnippet method) {
            return "|  " + verb + " method " + method.name() + "(" + method.parameterTypes() + ")\n";
        }
        if (snippet instanceof TypeDeclSnippet type) {
            String kind = switch (type.subKind()) {
                case INTERFACE_SUBKIND -> "interface";
                case ENUM_SUBKIND -> "enum";
                case ANNOTATION_TYPE_SUBKIND -> "annotation interface";
                default -> type.subKind().name().startsWith("RECORD") ? "record" : "class";
            };
            return "|  " + verb + " " + kind + " " + type.name() + "\n";
        }
        return "";
    }

    private String diagnostics(Snippet snippet, String source) {
        return shell.diagnostics(snippet)
                .map(diag -> "    " + position(diag, source) + diag.getMessage(Locale.ENGLISH))
                .collect(Collectors.joining("\n"));
    }

    private static String position(Diag diag, String source) {
        long at = diag.getStartPosition();
        if (at < 0 || at > source.length()) {
            return "";
        }
        int lineInSnippet = (int) source.substring(0, (int) at).chars().filter(c -> c == '\n').count();
        return "(snippet line " + (lineInSnippet + 1) + ") ";
    }

    private static String describe(JShellException exception) {
        String type = exception instanceof EvalException eval ? eval.getExceptionClassName() : exception.getClass().getName();
        return exception.getMessage() == null ? type : type + ": " + exception.getMessage();
    }

    /**
     * Snippets run in this JVM, on the thread that evaluates them: the class path is already here
     * and nothing has to start. (JShell's own "local" engine waits for every thread a snippet
     * started, and an {@code HttpClient}'s selector thread never ends.)
     */
    private static final class InThreadEngine implements ExecutionControlProvider {
        @Override
        public String name() {
            return "doc-test-in-thread";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return new DirectExecutionControl();
        }
    }

    @Override
    public void close() {
        shell.close();
        evaluator.shutdownNow();
    }
}
