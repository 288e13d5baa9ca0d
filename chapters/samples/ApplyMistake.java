import dev.apikata.kit.mistakes.KnownMistake;
import dev.apikata.kit.mistakes.MistakeApplier;
import dev.apikata.kit.mistakes.MistakeCatalogue;
import java.nio.file.Path;

/**
 * Puts a module's reference solution, with one catalogued mistake applied, where the learner's code
 * goes, through the kit's own MistakeApplier (the one ./kit check uses). Run from the project root:
 * java -cp apikata-kit.jar chapters/samples/ApplyMistake.java solutions/01-http-methods/mistakes/01.4-no-content-type.yaml
 */
public class ApplyMistake {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String module = file.getParent().getParent().getFileName().toString();
        KnownMistake mistake = MistakeCatalogue.read(file);
        MistakeApplier.apply(mistake, Path.of("solutions", module, "src", "main", "java"),
                Path.of("exercises", module, "src", "main", "java"));
    }
}
