package dev.apikata.kit.check;

import java.util.Locale;
import java.util.Objects;

/**
 * One way an invariant is broken, and what breaks it: a test's name, a declaration, a compile error.
 * The report words it in the reader's language from {@link Kind#messageKey()}.
 */
public record Breach(Kind kind, String subject) {

    public Breach {
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
    }

    public enum Kind {
        COMPILE_ERROR,
        NO_TESTS,
        PASSES_ON_STUBS,
        NO_SOLUTIONS,
        FAILS_ON_SOLUTIONS,
        ONLY_IN_STUBS,
        ONLY_IN_SOLUTIONS,
        UNTAGGED_TEST,
        UNKNOWN_TASK,
        TASK_WITHOUT_TEST,
        MISTAKE_ESCAPED,
        MISTAKE_NOT_APPLICABLE,
        MISTAKE_DOES_NOT_COMPILE,
        MISTAKE_NOT_TRIED,
        MISTAKE_RECORD_STALE,
        MISTAKE_EVIDENCE_MISSING,
        MISTAKES_LOOK_ALIKE,
        TASK_WITHOUT_MISTAKE;

        /** {@code check.breach.passes-on-stubs} */
        public String messageKey() {
            return "check.breach." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
