package dev.apikata.course;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.CountMatchingStrategy;
import com.github.tomakehurst.wiremock.client.VerificationException;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.verification.NearMiss;
import com.github.tomakehurst.wiremock.verification.diff.Diff;
import com.github.tomakehurst.wiremock.verification.diff.PlainTextDiffRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The WireMock server an exercise test plays the API with: on 127.0.0.1, on a free port, reset
 * before each test. Register it in a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static ExerciseApi api = ExerciseApi.onDynamicPort();
 * }</pre>
 *
 * <p>It is a {@link WireMockExtension} that speaks to learners. A failed {@code verify(...)} starts
 * with one line per difference in the learner's language ("the Content-Type: application/json
 * header was not sent") before WireMock's own report. A request that no stub expected fails the
 * test even when its assertions passed, framed like every other failure, and is named beside a
 * failing assertion, since it is usually the reason.
 */
public final class ExerciseApi extends WireMockExtension implements UnexpectedRequests {

    private ExerciseApi(Builder builder) {
        super(builder);
    }

    /** A server on 127.0.0.1 and a free port. */
    public static ExerciseApi onDynamicPort() {
        // Unmatched requests are checked here, not by WireMock, so the failure can be framed for the learner.
        return new ExerciseApi(WireMockExtension.newInstance()
                // No graceful stop: a class can end while a deliberately slow answer is still held, and
                // Jetty would wait for it (about half a second per test class).
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").jettyStopTimeout(0L))
                .failOnUnmatchedRequests(false));
    }

    @Override
    protected void onBeforeEach(ExtensionContext context, WireMockRuntimeInfo runtime) {
        LearnerFeedback.watchRequests(context, this);
    }

    @Override
    protected void onAfterEach(ExtensionContext context, WireMockRuntimeInfo runtime) {
        if (context.getExecutionException().isPresent()) {
            return; // the failure already names the unexpected requests
        }
        Optional<String> report = report(LearnerMessages.in(Language.detect()));
        if (report.isPresent()) {
            throw unchecked(LearnerFeedback.explain(context, new VerificationException(report.get()), false));
        }
    }

    @Override
    public Optional<String> report(LearnerMessages messages) {
        List<LoggedRequest> unmatched = findAllUnmatchedRequests();
        if (unmatched.isEmpty()) {
            return Optional.empty();
        }
        String newline = System.lineSeparator();
        StringBuilder report = new StringBuilder(messages.get("unmatched.heading", unmatched.size()));
        for (LoggedRequest request : unmatched) {
            Optional<NearMissTable> closest = findNearMissesFor(request).stream().findFirst()
                    .flatMap(nearMiss -> NearMissTable.parse(render(nearMiss.getDiff())));
            report.append(newline).append("  ").append(closest
                    .map(table -> messages.get("unmatched.request", request.getMethod().value(), request.getUrl(),
                            table.stubMethod(), table.stubUrl()))
                    .orElse(request.getMethod().value() + " " + request.getUrl()));
            closest.ifPresent(table -> table.explain(messages).forEach(line ->
                    report.append(newline).append("    - ").append(line)));
        }
        return Optional.of(report.toString());
    }

    @Override
    public void verify(RequestPatternBuilder requestPatternBuilder) {
        try {
            super.verify(requestPatternBuilder);
        } catch (VerificationException e) {
            throw explained(requestPatternBuilder.build(), e);
        }
    }

    @Override
    public void verify(int count, RequestPatternBuilder requestPatternBuilder) {
        try {
            super.verify(count, requestPatternBuilder);
        } catch (VerificationException e) {
            throw counted(String.valueOf(count), requestPatternBuilder, e);
        }
    }

    @Override
    public void verify(CountMatchingStrategy countMatchingStrategy, RequestPatternBuilder requestPatternBuilder) {
        try {
            super.verify(countMatchingStrategy, requestPatternBuilder);
        } catch (VerificationException e) {
            throw counted(countMatchingStrategy.toString(), requestPatternBuilder, e);
        }
    }

    // The closest request the server received, compared line by line with what the test expected.
    private VerificationException explained(RequestPattern pattern, VerificationException original) {
        LearnerMessages messages = LearnerMessages.in(Language.detect());
        Optional<LoggedRequest> closest = getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .min(Comparator.comparingDouble(request -> pattern.match(request).getDistance()));
        List<String> lines = new ArrayList<>();
        if (closest.isEmpty()) {
            lines.add(messages.get("mismatch.noRequest"));
        } else {
            NearMissTable.parse(render(new Diff(pattern, closest.get())))
                    .ifPresent(table -> lines.addAll(table.explain(messages)));
        }
        return withSummary(lines, original);
    }

    private VerificationException counted(String expected, RequestPatternBuilder pattern, VerificationException original) {
        int actual = findAll(pattern).size();
        return withSummary(List.of(LearnerMessages.in(Language.detect()).get("mismatch.count", expected, actual)), original);
    }

    private static VerificationException withSummary(List<String> lines, VerificationException original) {
        if (lines.isEmpty()) {
            return original;
        }
        String newline = System.lineSeparator();
        StringBuilder message = new StringBuilder();
        lines.forEach(line -> message.append("- ").append(line).append(newline));
        VerificationException explained = new VerificationException(message + original.getMessage());
        explained.setStackTrace(original.getStackTrace());
        return explained;
    }

    private static String render(Diff diff) {
        return new PlainTextDiffRenderer(Map.of()).render(diff);
    }

    private static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure);
    }
}
