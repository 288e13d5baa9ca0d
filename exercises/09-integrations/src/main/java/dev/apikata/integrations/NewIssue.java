package dev.apikata.integrations;

/** What a new Jira issue needs: the project's key, an issue type's name, a summary and a description. */
public record NewIssue(String projectKey, String issueType, String summary, String description) {
}
