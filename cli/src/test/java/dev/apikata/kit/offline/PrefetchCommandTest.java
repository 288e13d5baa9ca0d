package dev.apikata.kit.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apikata.course.Language;
import dev.apikata.kit.Kit;
import dev.apikata.kit.watch.CalcFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kit prefetch} runs one real Maven build that resolves every plugin and provider and runs no test. */
class PrefetchCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<List<String>> commands = new ArrayList<>();
    private final List<Path> directories = new ArrayList<>();

    private static final String POM = """
            <project>
              <build>
                <pluginManagement>
                  <plugins>
                    <plugin>
                      <artifactId>maven-surefire-plugin</artifactId>
                      <version>3.5.3</version>
                    </plugin>
                    <plugin>
                      <artifactId>maven-failsafe-plugin</artifactId>
                      <version>3.5.3</version>
                    </plugin>
                    <plugin>
                      <artifactId>maven-jar-plugin</artifactId>
                      <version>3.4.2</version>
                    </plugin>
                  </plugins>
                </pluginManagement>
              </build>
            </project>
            """;

    @BeforeEach
    void createProject() throws IOException {
        CalcFixture.create(dir);
        Files.writeString(dir.resolve("pom.xml"), POM);
    }

    private int kit(ProcessLauncher launcher, String... args) {
        CommandLine kit = Kit.commandLine(Language.EN);
        kit.setOut(new PrintWriter(out, true));
        kit.setErr(new PrintWriter(err, true));
        PrefetchCommand prefetch = kit.getSubcommands().get("prefetch").getCommand();
        prefetch.processes = (command, directory) -> {
            commands.add(command);
            directories.add(directory);
            return launcher.run(command, directory);
        };
        List<String> all = new ArrayList<>(List.of("--project", dir.toString()));
        all.addAll(List.of(args));
        return kit.execute(all.toArray(String[]::new));
    }

    @Test
    @DisplayName("runs the build to install with a test filter that matches nothing, from the project root")
    void runsTheBuildWithoutTests() {
        int exit = kit((command, directory) -> 0, "prefetch", "--mvn", "mvn");

        assertThat(exit).isZero();
        assertThat(directories).containsOnly(dir.toAbsolutePath().normalize());
        assertThat(commands).hasSize(2);
        assertThat(commands.get(0))
                .startsWith("mvn", "-B")
                .contains("-Dtest=apikata.prefetch.NoSuchTest", "-Dsurefire.failIfNoSpecifiedTests=false",
                        "-Dit.test=apikata.prefetch.NoSuchTest", "-Dfailsafe.failIfNoSpecifiedTests=false")
                .endsWith("install")
                .doesNotContain("-Psolutions");
        // Surefire loads its JUnit Platform provider only when a test runs: fetched by name, once per version.
        assertThat(commands.get(1)).containsExactly("mvn", "-B", "dependency:get",
                "-Dartifact=org.apache.maven.surefire:surefire-junit-platform:3.5.3");
        assertThat(out.toString()).contains("Done. Maven now works without a network").contains("mvn -o test -pl exercises/");
    }

    @Test
    @DisplayName("builds the solutions when they are there, and fills the repository it is given")
    void solutionsAndRepository() throws IOException {
        Files.createDirectories(dir.resolve("solutions"));
        Path repo = dir.resolve("repo");

        int exit = kit((command, directory) -> 0, "--lang", "ja", "prefetch", "--maven-repo", repo.toString());

        assertThat(exit).isZero();
        assertThat(commands.get(0)).contains("-Psolutions", "-Dmaven.repo.local=" + repo.toAbsolutePath());
        assertThat(commands.get(1)).contains("-Dmaven.repo.local=" + repo.toAbsolutePath()).doesNotContain("-Psolutions");
        assertThat(out.toString()).contains("完了しました。").contains("mvn -o -Dmaven.repo.local=" + repo.toAbsolutePath());
    }

    @Test
    @DisplayName("a failed Maven run passes its exit code on, with what to check, and stops there")
    void failure() {
        int exit = kit((command, directory) -> 1, "prefetch");

        assertThat(exit).isEqualTo(1);
        assertThat(commands).hasSize(1);
        assertThat(err.toString()).contains("Maven stopped with exit code 1").contains("run kit prefetch again");
    }

    @Test
    @DisplayName("a missing Maven is named")
    void noMaven() {
        int exit = kit((command, directory) -> {
            throw new IOException("No such file or directory");
        }, "prefetch", "--mvn", "no-such-mvn");

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString()).contains("Cannot run \"no-such-mvn\"");
    }
}
