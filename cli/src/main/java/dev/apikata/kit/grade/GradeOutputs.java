package dev.apikata.kit.grade;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.apikata.kit.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@code kit grade} writes into {@code --out}: {@code grades.csv},
 * {@code results/<learner>.json} (Gradescope's shape), {@code feedback/<learner>.md},
 * {@code report.html}, and {@code learners.json}, the raw results a later {@code --merge} reads.
 */
final class GradeOutputs {

    static final String RAW = "learners.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private GradeOutputs() {
    }

    /** @param protections the sandbox and limits that were active, for the report */
    static void write(Path out, Project kit, List<LearnerReport> learners, List<String> protections, GradeTexts texts,
            ZonedDateTime when) {
        try {
            List<LearnerReport> sorted = new ArrayList<>(learners);
            sorted.sort(Comparator.comparing(LearnerReport::learner));
            Files.createDirectories(out.resolve("results"));
            Files.createDirectories(out.resolve("feedback"));
            Map<String, String> files = fileNames(sorted);
            for (LearnerReport learner : sorted) {
                String file = files.get(learner.learner());
                write(out.resolve("results").resolve(file + ".json"), GradescopeResults.of(kit, learner, texts.language()));
                write(out.resolve("feedback").resolve(file + ".md"), FeedbackMarkdown.of(kit, learner, texts));
            }
            Map<String, String> links = new LinkedHashMap<>();
            files.forEach((learner, file) -> links.put(learner, "feedback/" + file + ".md"));
            write(out.resolve("grades.csv"), GradesCsv.of(kit, sorted));
            write(out.resolve("report.html"), ClassReport.of(kit, sorted, links, protections, texts, when));
            JSON.writeValue(out.resolve(RAW).toFile(), new Raw(protections, sorted));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the grading results to " + out + ": " + e.getMessage(), e);
        }
    }

    /** The raw results of an earlier run, for {@code --merge}. */
    static Raw read(Path out) {
        try {
            return JSON.readValue(out.resolve(RAW).toFile(), new TypeReference<Raw>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + out.resolve(RAW) + ": " + e.getMessage(), e);
        }
    }

    /** What {@code learners.json} holds. */
    record Raw(List<String> protections, List<LearnerReport> learners) {
    }

    /**
     * A file name for each learner: their name where it is safe in a path on every platform, with
     * other characters replaced; a number is added where two names would clash.
     */
    static Map<String, String> fileNames(List<LearnerReport> learners) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (LearnerReport learner : learners) {
            String base = learner.learner().replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^[.]+", "_");
            if (base.isEmpty()) {
                base = "learner";
            }
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            names.put(learner.learner(), name);
        }
        return names;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
