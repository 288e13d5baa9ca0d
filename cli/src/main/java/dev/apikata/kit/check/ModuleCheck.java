package dev.apikata.kit.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Every invariant's result for one module, in {@link Invariant} order. */
public record ModuleCheck(String module, List<InvariantResult> results) {

    public ModuleCheck {
        Objects.requireNonNull(module, "module");
        results = List.copyOf(results);
    }

    public boolean passed() {
        return results.stream().allMatch(InvariantResult::holds);
    }

    public Optional<InvariantResult> result(Invariant invariant) {
        return results.stream().filter(result -> result.invariant() == invariant).findFirst();
    }
}
