package dev.apikata.http.status;

import java.net.URI;
import java.time.Duration;

/** The job was still not finished when the time allowed ran out. Given: you do not need to change this class. */
public class JobTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final URI statusUrl;

    public JobTimeoutException(URI statusUrl, Duration timeout) {
        super("job " + statusUrl + " did not finish within " + timeout);
        this.statusUrl = statusUrl;
    }

    /** Where the job's status can still be read later. */
    public URI statusUrl() {
        return statusUrl;
    }
}
