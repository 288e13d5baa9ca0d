package dev.apikata.integrations;

import java.util.List;
import java.util.Map;

/**
 * Jira refused an issue with 400 and an error collection:
 * {@code {"errorMessages": [...], "errors": {"summary": "You must specify a summary of the issue."}}}.
 * {@code fieldErrors} holds the {@code errors} object (field name to message), {@code errorMessages}
 * the messages that belong to no field.
 */
public class JiraValidationException extends RuntimeException {

    private final Map<String, String> fieldErrors;
    private final List<String> errorMessages;

    public JiraValidationException(Map<String, String> fieldErrors, List<String> errorMessages) {
        super("Jira refused the issue: " + fieldErrors + " " + errorMessages);
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.errorMessages = List.copyOf(errorMessages);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public List<String> errorMessages() {
        return errorMessages;
    }
}
