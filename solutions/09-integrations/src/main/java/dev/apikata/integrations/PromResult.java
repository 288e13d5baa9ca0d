package dev.apikata.integrations;

import java.util.List;

/**
 * What a Prometheus query answered: the result, and the {@code warnings} Prometheus adds when
 * something did not stop the query but may make its result incomplete.
 */
public record PromResult<T>(List<T> result, List<String> warnings) {

    public PromResult {
        result = List.copyOf(result);
        warnings = List.copyOf(warnings);
    }
}
