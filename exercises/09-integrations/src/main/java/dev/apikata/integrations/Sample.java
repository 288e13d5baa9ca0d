package dev.apikata.integrations;

/** One series of an instant vector: its {@code instance} and {@code job} labels and its value. */
public record Sample(String instance, String job, double value) {
}
