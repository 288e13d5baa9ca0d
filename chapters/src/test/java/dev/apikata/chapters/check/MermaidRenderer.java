package dev.apikata.chapters.check;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Renders diagrams with Mermaid itself, in headless Chromium, as GitHub does in a browser: a page
 * loads {@code mermaid.min.js} from the project-local install ({@code .ci/tools/mermaid}, which
 * {@code .ci/run} sets up from {@code chapters/mermaid/package-lock.json}), renders every diagram,
 * and writes what went wrong into the page, which Chromium prints with {@code --dump-dom}.
 */
public final class MermaidRenderer {

    /** The outcome for one diagram: empty when it rendered, else Mermaid's own error. */
    public record Rendered(boolean ok, String error) { }

    private static final Pattern RESULT = Pattern.compile("<pre id=\"result\">([^<]*)</pre>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path chromium;
    private final Path mermaidJs;

    private MermaidRenderer(Path chromium, Path mermaidJs) {
        this.chromium = chromium;
        this.mermaidJs = mermaidJs;
    }

    /** Where {@code .ci/run} installs the Mermaid that {@code chapters/mermaid/package-lock.json} pins. */
    static final String MERMAID_JS = ".ci/tools/mermaid/node_modules/mermaid/dist/mermaid.min.js";

    /** A renderer, when both Chromium and the project's Mermaid install are there. */
    public static Optional<MermaidRenderer> find(Path projectRoot) {
        Path script = projectRoot.resolve(MERMAID_JS);
        if (!Files.isRegularFile(script)) {
            return Optional.empty();
        }
        return chromium().map(browser -> new MermaidRenderer(browser, script));
    }

    /** What is missing for rendering, in words a maintainer can act on. */
    public static String whatIsMissing(Path projectRoot) {
        List<String> missing = new ArrayList<>();
        if (chromium().isEmpty()) {
            missing.add("Chromium (apt-get install chromium, or set CHROMIUM)");
        }
        if (!Files.isRegularFile(projectRoot.resolve(MERMAID_JS))) {
            missing.add("Mermaid in .ci/tools/mermaid (.ci/run installs it with npm)");
        }
        return String.join(" and ", missing);
    }

    private static Optional<Path> chromium() {
        String chosen = System.getenv("CHROMIUM");
        if (chosen != null && !chosen.isBlank()) {
            return Optional.of(Path.of(chosen)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
                .flatMap(name -> Stream.of(path.split(java.io.File.pathSeparator)).map(dir -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Renders each diagram; the results are in the same order. */
    public List<Rendered> render(List<String> diagrams) {
        try {
            Path dir = Files.createTempDirectory("apikata-mermaid");
            try {
                Path page = dir.resolve("render.html");
                String sources = JSON.writeValueAsString(diagrams).replace("</", "<\\/");
                Files.writeString(page, PAGE.replace("MERMAID_JS", mermaidJs.toUri().toString()).replace("DIAGRAMS", sources),
                        StandardCharsets.UTF_8);
                Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--allow-file-access-from-files",
                        "--virtual-time-budget=60000", "--dump-dom", page.toUri().toString())
                        .redirectError(dir.resolve("chromium.log").toFile())
                        .start();
                browser.getOutputStream().close();
                byte[] out = browser.getInputStream().readAllBytes();
                if (!browser.waitFor(120, TimeUnit.SECONDS)) {
                    browser.destroyForcibly();
                    throw new IllegalStateException("Chromium did not finish rendering within 120 s");
                }
                Matcher result = RESULT.matcher(new String(out, StandardCharsets.UTF_8));
                if (!result.find() || result.group(1).equals("pending")) {
                    throw new IllegalStateException("Chromium did not render the diagrams (exit " + browser.exitValue() + "): "
                            + Files.readString(dir.resolve("chromium.log")).lines().reduce("", (a, b) -> b));
                }
                List<Map<String, Object>> results = JSON.readValue(URLDecoder.decode(result.group(1), StandardCharsets.UTF_8),
                        new TypeReference<>() { });
                return results.stream()
                        .map(r -> new Rendered(Boolean.TRUE.equals(r.get("ok")), String.valueOf(r.getOrDefault("error", ""))))
                        .toList();
            } finally {
                try (Stream<Path> all = Files.walk(dir)) {
                    all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final String PAGE = """
            <!doctype html>
            <html><head><meta charset="utf-8"></head><body>
            <pre id="result">pending</pre>
            <script src="MERMAID_JS"></script>
            <script>
            const diagrams = DIAGRAMS;
            (async () => {
              const results = [];
              try {
                mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
                for (let i = 0; i < diagrams.length; i++) {
                  try {
                    await mermaid.parse(diagrams[i]);
                    await mermaid.render('diagram' + i, diagrams[i]);
                    results.push({ ok: true });
                  } catch (e) {
                    results.push({ ok: false, error: String((e && e.message) || e) });
                  }
                }
              } catch (e) {
                results.push({ ok: false, error: 'Mermaid did not load: ' + e });
              }
              document.getElementById('result').textContent = encodeURIComponent(JSON.stringify(results));
            })();
            </script>
            </body></html>
            """;
}
