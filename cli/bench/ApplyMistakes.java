import dev.apikata.kit.mistakes.KnownMistake;
import dev.apikata.kit.mistakes.MistakeApplier;
import dev.apikata.kit.mistakes.MistakeCatalogue;
import dev.apikata.kit.project.ExerciseModule;
import dev.apikata.kit.project.Implementation;
import dev.apikata.kit.project.Project;
import java.nio.file.Path;
import java.util.List;

/**
 * For grade-class.sh: gives a synthetic learner one catalogued mistake per module, on top of the
 * reference solution, so the class report has known mistakes to rank. Run with the kit's jar:
 * {@code java -cp cli/target/apikata-kit.jar cli/bench/ApplyMistakes.java KIT LEARNER SEED}.
 */
public class ApplyMistakes {
    public static void main(String[] args) throws Exception {
        Project kit = Project.at(Path.of(args[0]));
        Path learner = Path.of(args[1]);
        int seed = Integer.parseInt(args[2]);
        for (ExerciseModule module : kit.modules()) {
            List<KnownMistake> mistakes = MistakeCatalogue.of(module).mistakes();
            if (mistakes.isEmpty()) {
                continue;
            }
            KnownMistake mistake = mistakes.get(Math.floorMod(seed, Math.min(3, mistakes.size())));
            MistakeApplier.apply(mistake, module.mainSources(Implementation.SOLUTIONS),
                    learner.resolve("exercises").resolve(module.name()).resolve("src/main/java"));
        }
    }
}
