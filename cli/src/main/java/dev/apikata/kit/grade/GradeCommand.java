package dev.apikata.kit.grade;

import dev.apikata.course.Language;
import dev.apikata.kit.ExitCodes;
import dev.apikata.kit.Kit;
import dev.apikata.kit.KitException;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.runner.KitClassPath;
import dev.apikata.kit.runner.ModuleCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kit grade}: grades a whole class against the instructor's pristine kit, each learner in a
 * sandboxed JVM of their own, and writes a gradebook, per-learner feedback and results, and a class
 * report. {@code --shard K/N} grades one part of the class; {@code --merge} combines the parts.
 */
@Command(name = "grade", mixinStandardHelpOptions = true)
public final class GradeCommand implements Callable<Integer> {

    @ParentCommand
    private Kit kit;

    @Option(names = "--kit", paramLabel = "<dir>", descriptionKey = "grade.kit")
    private Path kitDir;

    @Option(names = "--out", paramLabel = "<dir>", required = true, descriptionKey = "grade.out")
    private Path out;

    @Option(names = "--jobs", paramLabel = "<n>", defaultValue = "2", descriptionKey = "grade.jobs")
    private int jobs;

    @Option(names = "--extra-tests", paramLabel = "<dir>", descriptionKey = "grade.extraTests")
    private Path extraTests;

    @Option(names = "--lang", paramLabel = "ja|en", descriptionKey = "grade.lang")
    private String lang;

    @Option(names = "--shard", paramLabel = "K/N", descriptionKey = "grade.shard")
    private String shard;

    @Option(names = "--merge", arity = "1..*", paramLabel = "<dir>", descriptionKey = "grade.merge")
    private List<Path> merge = new ArrayList<>();

    @Option(names = "--time-limit", paramLabel = "<seconds>", defaultValue = "600", descriptionKey = "grade.timeLimit")
    private int timeLimitSeconds;

    @Option(names = "--heap", paramLabel = "<MB>", defaultValue = "256", descriptionKey = "grade.heap")
    private int heapMegabytes;

    @Option(names = "--workers-per-learner", paramLabel = "<n>", defaultValue = "" + WorkerTests.DEFAULT_WORKERS_PER_LEARNER,
            descriptionKey = "grade.workersPerLearner")
    private int workersPerLearner;

    @Parameters(paramLabel = "<submission>", arity = "0..*", descriptionKey = "grade.submissions")
    private List<Path> submissions = new ArrayList<>();

    /** How learners' tests are run; the command sets up the sandboxed workers, tests may give another. */
    private final LearnerTests.Factory testsOverride;

    public GradeCommand() {
        this(null);
    }

    GradeCommand(LearnerTests.Factory testsOverride) {
        this.testsOverride = testsOverride;
    }

    @Override
    public Integer call() {
        Language language = lang == null ? kit.language() : Language.parse(lang).orElse(kit.language());
        GradeTexts texts = GradeTexts.in(language);
        Project pristine = kitDir == null ? kit.project() : Project.at(kitDir);
        PrintWriter err = kit.err();
        if (!merge.isEmpty()) {
            return merge(pristine, texts);
        }
        Shard part = shard == null ? Shard.WHOLE : Shard.parse(shard)
                .orElseThrow(() -> new KitException(texts.get("error.shard", shard)));
        if (submissions.isEmpty()) {
            throw new KitException(texts.get("error.noSubmissions"));
        }
        if (jobs < 1 || workersPerLearner < 1) {
            throw new KitException(texts.get("error.atLeastOne"));
        }
        List<Submission> found = part.select(SubmissionFinder.find(submissions, texts));
        prepareOut(texts);
        Sandbox sandbox = Sandbox.detect();
        Path temp = temp();
        try (ModuleCompiler compiler = new ModuleCompiler(KitClassPath.ofThisJvm(), dev.apikata.kit.Messages.locale(language))) {
            LearnerTests.Factory tests = testsOverride != null ? testsOverride
                    : new WorkerTests(sandbox, language, heapMegabytes, workersPerLearner,
                            Duration.ofSeconds(timeLimitSeconds), hiddenFromLearners(pristine));
            err.println(texts.get("progress.start", found.size(), jobs, String.join("; ", tests.protections())));
            err.flush();
            long start = System.nanoTime();
            ClassGrader grader = new ClassGrader(pristine, Optional.ofNullable(extraTests), compiler, tests, temp, texts, err);
            List<LearnerReport> reports = grader.grade(found, jobs);
            GradeOutputs.write(out, pristine, reports, tests.protections(), texts, ZonedDateTime.now());
            err.println(texts.get("progress.done", reports.size(), Math.round((System.nanoTime() - start) / 1e9),
                    ClassReport.median(reports), reports.isEmpty() ? 0 : reports.get(0).maxPoints(), out));
            ClassGrader.TimeSplit split = grader.timeSplit();
            err.println(texts.get("progress.time", seconds(split.preparing()), seconds(split.compiling()),
                    seconds(split.testing())));
            if (!split.modules().isEmpty()) {
                err.println(texts.get("progress.modules", String.join(", ", split.modules().entrySet().stream()
                        .map(module -> module.getKey() + " " + seconds(module.getValue())).toList())));
            }
            err.flush();
            return ExitCodes.OK;
        } finally {
            deleteQuietly(temp);
        }
    }

    private int merge(Project pristine, GradeTexts texts) {
        if (!submissions.isEmpty()) {
            throw new KitException(texts.get("error.mergeWithSubmissions"));
        }
        List<LearnerReport> learners = new ArrayList<>();
        List<String> protections = new ArrayList<>();
        for (Path dir : merge) {
            if (!Files.isRegularFile(dir.resolve(GradeOutputs.RAW))) {
                throw new KitException(texts.get("error.notAShard", dir));
            }
            GradeOutputs.Raw raw = GradeOutputs.read(dir);
            learners.addAll(raw.learners());
            raw.protections().stream().filter(p -> !protections.contains(p)).forEach(protections::add);
        }
        prepareOut(texts);
        GradeOutputs.write(out, pristine, learners, protections, texts, ZonedDateTime.now());
        kit.err().println(texts.get("merge.done", merge.size(), learners.size(), out));
        kit.err().flush();
        return ExitCodes.OK;
    }

    // What a learner's code could read to cheat or to pry: answers, classmates' work, the results.
    private List<Path> hiddenFromLearners(Project pristine) {
        List<Path> hidden = new ArrayList<>(List.of(pristine.root().resolve("solutions"), out));
        if (extraTests != null) {
            hidden.add(extraTests);
        }
        for (Path submission : submissions) {
            hidden.add(Files.isDirectory(submission) ? submission : submission.toAbsolutePath().getParent());
        }
        return hidden;
    }

    private static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    private void prepareOut(GradeTexts texts) {
        if (Files.exists(out.resolve(GradeOutputs.RAW))) {
            throw new KitException(texts.get("error.outExists", out));
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + out + ": " + e.getMessage(), e);
        }
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("apikata-grade-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover temporary folder is the operating system's to clean
        }
    }
}
