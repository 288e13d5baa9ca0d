package dev.apikata.http.status;

import java.util.Map;

/**
 * What {@code GET /jobs/{id}} says about a job. Given: you do not need to change this record.
 *
 * @param status {@code queued}, {@code running}, {@code done} or {@code failed}
 * @param result what the job found, once it is done (empty before)
 */
public record JobStatus(String id, String status, int progress, Map<String, Object> result) {

    public JobStatus {
        result = result == null ? Map.of() : Map.copyOf(result);
    }

    /** True once the job has ended, well or badly: there is no point in polling again. */
    public boolean finished() {
        return "done".equals(status) || "failed".equals(status);
    }
}
