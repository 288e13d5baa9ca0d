package dev.apikata.kit.offline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Maven runs that download everything a classroom needs offline.
 *
 * <p>{@code dependency:go-offline} is not enough: it misses the test framework provider that
 * Surefire picks at run time and some plugin dependencies. So the plan runs the real build, to
 * {@code install}, with a test filter that matches nothing: every plugin is resolved as in a real
 * build, no test runs, and the project's own artifacts land in the local repository (so
 * {@code mvn -o test -pl exercises/NN-topic} works without {@code -am}). Surefire skips loading its
 * provider when no test matches, so a second run fetches the provider by name.
 *
 * @param testProviders {@code groupId:artifactId:version} of each test provider to fetch
 * @param mavenRepository a local repository other than the default, if given
 */
public record PrefetchPlan(String maven, Path projectRoot, Set<String> testProviders, Optional<Path> mavenRepository) {

    // Matches no test class: Surefire and Failsafe still resolve their providers, then run nothing.
    static final String NO_TEST = "apikata.prefetch.NoSuchTest";

    /** True when the reference solutions are there (not in a learner copy): then build them, as the project's tests do. */
    public boolean withSolutions() {
        return Files.isDirectory(projectRoot.resolve("solutions"));
    }

    /** The Maven commands to run one after the other, from the project root. */
    public List<List<String>> commands() {
        List<List<String>> commands = new ArrayList<>();
        List<String> build = mavenWithRepository();
        if (withSolutions()) {
            build.add("-Psolutions");
        }
        build.addAll(List.of(
                "-Dtest=" + NO_TEST, "-Dsurefire.failIfNoSpecifiedTests=false",
                "-Dit.test=" + NO_TEST, "-Dfailsafe.failIfNoSpecifiedTests=false",
                "install"));
        commands.add(build);
        for (String provider : testProviders) {
            List<String> fetch = mavenWithRepository();
            fetch.addAll(List.of("dependency:get", "-Dartifact=" + provider));
            commands.add(fetch);
        }
        return commands;
    }

    private List<String> mavenWithRepository() {
        List<String> command = new ArrayList<>(List.of(maven, "-B"));
        mavenRepository.ifPresent(repo -> command.add("-Dmaven.repo.local=" + repo.toAbsolutePath()));
        return command;
    }
}
