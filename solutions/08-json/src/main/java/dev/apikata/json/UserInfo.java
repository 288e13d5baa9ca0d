package dev.apikata.json;

/**
 * What {@link UserInfoExtractor#extract} takes out of a user, every field text and never
 * {@code null}: {@code "N/A"} stands for what the user does not have.
 * Given: you do not need to change this record.
 */
public record UserInfo(String name, String email, String address, String companyName, String catchPhrase) {
}
