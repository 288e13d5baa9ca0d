package dev.apikata.auth;

/**
 * Where configuration comes from: the process environment in production, a map in a test, so a
 * test needs no real environment variable. {@code Map.of("API_KEY", "...")::get} is one.
 * Given: you do not need to change this interface.
 */
@FunctionalInterface
public interface Environment {

    /** The value of variable {@code name}, or {@code null} when it is not set, as {@link System#getenv(String)} answers. */
    String get(String name);

    /** The environment of this process. */
    static Environment system() {
        return System::getenv;
    }
}
