package dev.apikata.kit.mistakes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.apikata.course.Localized;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One realistic learner mistake, kept with the reference solution it changes:
 * {@code solutions/NN-topic/mistakes/<task>-<name>.yaml}. It is the solution with some methods
 * written the wrong way, why that is wrong, and the tests that reject it; {@code kit check} proves
 * the tests still reject it, and the kit shows the explanation to a learner whose failures match.
 *
 * @param id         the file name without {@code .yaml}, {@code 01.4-any-2xx-is-created}
 * @param task       the task whose tests must reject it
 * @param section    the chapter section that teaches the rule, if not the task's own
 * @param explain    what is wrong and why it matters in production, in both languages
 * @param replace    new bodies for methods of the solution, keyed {@code Class.method} or
 *                   {@code Class.method(Type,Type)} for an overloaded one; the body without its braces
 * @param imports    imports the new bodies need beyond the solution's, {@code java.util.Set}
 * @param evidence   a regular expression one of the failure messages matches, when another mistake of
 *                   the task fails the same tests the same way: it tells the two apart. Match the parts
 *                   that read the same in every language (AssertJ's and WireMock's own text):
 *                   {@code but was:<\s*POST}
 * @param rejectedBy the tests of its task that fail with it, as {@code kit check --record-mistakes} last saw them
 */
public record KnownMistake(@JsonIgnore String id, String task, String section, Localized explain,
        Map<String, String> replace, List<String> imports, String evidence,
        @JsonProperty("rejected-by") List<Rejection> rejectedBy) {

    public KnownMistake {
        Objects.requireNonNull(task, "task of mistake " + id);
        Objects.requireNonNull(explain, "explain of mistake " + id);
        replace = replace == null ? Map.of() : Map.copyOf(replace);
        imports = imports == null ? List.of() : List.copyOf(imports);
        rejectedBy = rejectedBy == null ? List.of() : List.copyOf(rejectedBy);
    }

    /**
     * A test that fails with the mistake, and how.
     *
     * @param test    the test's display name
     * @param failure how it fails, a {@link dev.apikata.kit.runner.FailureKind} label such as {@code assertion}
     */
    public record Rejection(String test, String failure) {
        public Rejection {
            Objects.requireNonNull(test, "test");
            Objects.requireNonNull(failure, "failure of " + test);
        }
    }

    KnownMistake withId(String newId) {
        return new KnownMistake(newId, task, section, explain, replace, imports, evidence, rejectedBy);
    }

    /** The pattern that tells this mistake from others with the same failing tests, if it needs one. */
    public Optional<Pattern> evidencePattern() {
        return Optional.ofNullable(evidence).filter(text -> !text.isBlank()).map(Pattern::compile);
    }

    /** True if one of {@code messages} shows the evidence; false if the mistake has none. */
    public boolean evidenceIn(List<String> messages) {
        return evidencePattern().map(pattern -> messages.stream().anyMatch(m -> pattern.matcher(m).find())).orElse(false);
    }

    /** The chapter section that explains the rule broken here. */
    public Optional<String> sectionOverride() {
        return Optional.ofNullable(section).filter(text -> !text.isBlank());
    }
}
