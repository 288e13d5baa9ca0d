package dev.apikata.chapters.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code chapters/coverage.yaml}: every topic of the Python version the course is built from, in
 * the project's own words, with the chapter section that teaches it and the task that practises it,
 * or the module that will ({@code planned}).
 */
public record CoverageMap(List<Topic> topics) {

    /**
     * One topic.
     *
     * @param id      a short unique name, {@code status-409}
     * @param from    where the Python version treats it, {@code 4.2 status codes}
     * @param topic   what it is about, in the project's words
     * @param section {@code 01-http-methods#delete-idempotent}: the chapter (file name without
     *                {@code .md}) and the anchor of the section that teaches it
     * @param task    the task that practises it, {@code 01.6}
     * @param planned the module folder that will teach it, {@code 03-status-codes}, while that
     *                module has no chapter yet
     */
    public record Topic(String id, String from, String topic, String section, String task, String planned) { }

    /** What the check says about one topic. */
    public record Verdict(Topic topic, Optional<String> failure, Optional<String> pending) {
        static Verdict ok(Topic topic) {
            return new Verdict(topic, Optional.empty(), Optional.empty());
        }

        static Verdict failed(Topic topic, String why) {
            return new Verdict(topic, Optional.of(why), Optional.empty());
        }

        static Verdict pending(Topic topic, String why) {
            return new Verdict(topic, Optional.empty(), Optional.of(why));
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public CoverageMap {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    public static CoverageMap read(Path file) {
        try {
            return YAML.readValue(file.toFile(), CoverageMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The ids used more than once. */
    public List<String> duplicateIds() {
        Set<String> seen = new HashSet<>();
        return topics.stream().map(Topic::id).filter(id -> id == null || !seen.add(id)).toList();
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> id.equals(t.id())).findFirst();
    }

    /**
     * @param anchorsOf   the anchors a chapter has in both languages ({@code 01-http-methods}), or
     *                    nothing when that chapter does not exist in both
     * @param taskExists  whether a manifest declares the task
     * @param moduleReady whether a module ({@code 03-status-codes}) has its chapter now
     */
    public static Verdict check(Topic topic, Function<String, Optional<Set<String>>> anchorsOf,
            Predicate<String> taskExists, Predicate<String> moduleReady) {
        List<String> wrong = new ArrayList<>();
        if (blank(topic.topic())) {
            wrong.add("it says nothing about what the topic is (topic:)");
        }
        if (blank(topic.section()) && blank(topic.task()) && blank(topic.planned())) {
            return Verdict.failed(topic, "it maps to nothing: give the section that teaches it, the task that practises it,"
                    + " or the module that will (planned:)");
        }
        if (!blank(topic.section())) {
            String[] parts = topic.section().split("#", 2);
            Optional<Set<String>> anchors = anchorsOf.apply(parts[0]);
            if (anchors.isEmpty()) {
                wrong.add("the chapter " + parts[0] + " does not exist in both languages");
            } else if (parts.length < 2 || !anchors.get().contains(parts[1])) {
                wrong.add("the section " + topic.section() + " does not exist"
                        + (parts.length < 2 ? " (write chapter#anchor)" : ": chapter " + parts[0] + " has no anchor " + parts[1]));
            }
        }
        if (!blank(topic.task()) && !taskExists.test(topic.task())) {
            wrong.add("the task " + topic.task() + " does not exist in any manifest");
        }
        if (!wrong.isEmpty()) {
            return Verdict.failed(topic, String.join("; ", wrong));
        }
        if (!blank(topic.planned())) {
            if (!topic.planned().matches("\\d{2}-[a-z0-9-]+")) {
                return Verdict.failed(topic, "planned: names a module folder such as 03-status-codes, not " + topic.planned());
            }
            if (moduleReady.test(topic.planned())) {
                return Verdict.failed(topic, "module " + topic.planned() + " has its chapter now: map the topic to its section"
                        + " and task instead of planned:");
            }
            return Verdict.pending(topic, "planned for module " + topic.planned());
        }
        return Verdict.ok(topic);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
