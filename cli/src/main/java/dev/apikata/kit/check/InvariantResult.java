package dev.apikata.kit.check;

import java.util.List;
import java.util.Objects;

/**
 * One invariant's verdict for one module.
 *
 * @param count   a count the table shows beside the verdict, {@code 16/16}; empty when there is none
 * @param details one line per breach (a test, a declaration, a compile error); empty when it holds
 */
public record InvariantResult(Invariant invariant, Verdict verdict, String count, List<Breach> details) {

    public InvariantResult {
        Objects.requireNonNull(invariant, "invariant");
        Objects.requireNonNull(verdict, "verdict");
        count = count == null ? "" : count;
        details = List.copyOf(details);
    }

    static InvariantResult holds(Invariant invariant, String count) {
        return new InvariantResult(invariant, Verdict.HOLDS, count, List.of());
    }

    static InvariantResult breached(Invariant invariant, String count, List<Breach> details) {
        return new InvariantResult(invariant, Verdict.BREACHED, count, details);
    }

    static InvariantResult notChecked(Invariant invariant) {
        return new InvariantResult(invariant, Verdict.NOT_CHECKED, "", List.of());
    }

    /** A fraction {@code part/whole} that holds exactly when {@code breaches} is empty. */
    static InvariantResult of(Invariant invariant, long part, long whole, List<Breach> breaches) {
        String count = part + "/" + whole;
        return breaches.isEmpty() && whole > 0 ? holds(invariant, count) : breached(invariant, count, breaches);
    }

    public boolean holds() {
        return verdict == Verdict.HOLDS;
    }
}
