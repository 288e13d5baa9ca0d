package dev.apikata.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The language of {@code --help} in a JVM of its own, where the environment and the locale are
 * real: {@code --lang}, else {@code KIT_LANG}, else the locale, as everywhere in the kit.
 */
class ServeLanguageProcessTest {

    private static final String JAPANESE_HEADING = "使い方:";
    private static final String ENGLISH_HEADING = "Usage:";

    private static String help(String kitLang, String locale, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Duser.language=" + locale,
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), MockServerMain.class.getName()));
        command.addAll(List.of(args));
        command.add("--help");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.remove("KIT_LANG");
        if (kitLang != null) {
            environment.put("KIT_LANG", kitLang);
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    @Timeout(120)
    @DisplayName("--help follows KIT_LANG over the locale, and --lang over both")
    void languageOfTheHelp() throws Exception {
        assertThat(help(null, "ja")).as("a Japanese locale").contains(JAPANESE_HEADING);
        assertThat(help(null, "en")).as("an English locale").contains(ENGLISH_HEADING);
        assertThat(help("ja", "en")).as("KIT_LANG=ja on an English locale").contains(JAPANESE_HEADING);
        assertThat(help("en", "ja")).as("KIT_LANG=en on a Japanese locale").contains(ENGLISH_HEADING);
        assertThat(help("ja", "ja", "--lang", "en")).as("--lang en beats KIT_LANG and the locale").contains(ENGLISH_HEADING);
    }
}
