package dev.apikata.kit.offline;

import dev.apikata.kit.Kit;
import dev.apikata.kit.project.Project;
import dev.apikata.kit.LocalizedMessages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kit prefetch}: download once, then build and test without a network ({@code mvn -o}). */
@Command(name = "prefetch", mixinStandardHelpOptions = true)
public final class PrefetchCommand implements Callable<Integer> {

    static final String MESSAGES = "dev.apikata.kit.offline.messages";

    @Option(names = "--maven-repo", paramLabel = "<dir>")
    Path mavenRepository;

    @Mixin
    MavenCommand maven;

    @ParentCommand
    Kit kit;

    @Spec
    CommandSpec spec;

    ProcessLauncher processes = ProcessLauncher.inheritingIo();

    @Override
    public Integer call() throws InterruptedException {
        LocalizedMessages text = LocalizedMessages.load(MESSAGES, kit.language());
        PrintWriter out = spec.commandLine().getOut();
        Project project = kit.project();
        PrefetchPlan plan;
        try {
            plan = new PrefetchPlan(maven.command(), project.root(), TestProviders.in(project.root().resolve("pom.xml")),
                    Optional.ofNullable(mavenRepository));
        } catch (IOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        out.println(text.get("start"));
        for (List<String> command : plan.commands()) {
            out.println("  " + String.join(" ", command));
            out.flush();
            int exit;
            try {
                exit = processes.run(command, project.root());
            } catch (IOException e) {
                spec.commandLine().getErr().println(text.get("no.maven", maven.command(), e.getMessage()));
                return 3;
            }
            if (exit != 0) {
                spec.commandLine().getErr().println(text.get("failed", exit));
                return exit;
            }
        }
        String repoOption = mavenRepository == null ? "" : " -Dmaven.repo.local=" + mavenRepository.toAbsolutePath();
        out.println(text.get("done", repoOption));
        out.flush();
        return 0;
    }
}
