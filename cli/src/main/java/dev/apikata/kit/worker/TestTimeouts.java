package dev.apikata.kit.worker;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-test timeout the exercises declare for Maven in {@code exercises/junit-platform.properties},
 * so that {@code mvn test} and the kit stop an endless loop after the same time.
 */
public final class TestTimeouts {

    /** Where the exercise modules' JUnit settings live. */
    public static final String FILE = "exercises/junit-platform.properties";

    static final String KEY = "junit.jupiter.execution.timeout.default";

    // JUnit's own format: a number and an optional unit, "5 s", "500 ms", "2m".
    private static final Pattern DURATION = Pattern.compile("\\s*(\\d+)\\s*(ns|μs|ms|s|m|h|d)?\\s*",
            Pattern.CASE_INSENSITIVE);

    private TestTimeouts() {
    }

    /** The declared default, or {@link WorkerSettings#DEFAULT_TEST_TIMEOUT} when the file or key is missing. */
    public static Duration of(Path projectRoot) {
        Path file = projectRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return WorkerSettings.DEFAULT_TEST_TIMEOUT;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            return WorkerSettings.DEFAULT_TEST_TIMEOUT;
        }
        return parse(properties.getProperty(KEY)).orElse(WorkerSettings.DEFAULT_TEST_TIMEOUT);
    }

    static Optional<Duration> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = DURATION.matcher(value);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2).toLowerCase(Locale.ROOT);
        return Optional.of(switch (unit) {
            case "ns" -> Duration.ofNanos(amount);
            case "μs" -> Duration.ofNanos(amount * 1000);
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofSeconds(amount);
        });
    }
}
