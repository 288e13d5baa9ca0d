package dev.apikata.integrations;

/**
 * Prometheus answered {@code "status": "error"}. {@code errorType} is one of its documented types
 * ({@code bad_data} for a query it cannot parse, {@code execution}, {@code timeout}, {@code canceled}...).
 */
public class PrometheusException extends RuntimeException {

    private final int statusCode;
    private final String errorType;

    public PrometheusException(int statusCode, String errorType, String error) {
        super("Prometheus answered " + statusCode + " " + errorType + ": " + error);
        this.statusCode = statusCode;
        this.errorType = errorType;
    }

    public int statusCode() {
        return statusCode;
    }

    public String errorType() {
        return errorType;
    }
}
