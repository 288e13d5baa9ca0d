package dev.apikata.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Everything the module's code logs during one test, at every level. {@code System.getLogger}
 * writes to java.util.logging unless the application chose another backend, so a handler on the
 * logger {@code dev.apikata.auth} sees the records of every class of the module. Register it
 * with {@code @RegisterExtension final CapturedLogs logs = new CapturedLogs();}.
 */
final class CapturedLogs implements BeforeEachCallback, AfterEachCallback {

    private static final SimpleFormatter FORMATTER = new SimpleFormatter();

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Logger logger; // held here: java.util.logging keeps loggers only weakly
    private Level previousLevel;

    @Override
    public void beforeEach(ExtensionContext context) {
        logger = Logger.getLogger("dev.apikata.auth");
        previousLevel = logger.getLevel();
        logger.setLevel(Level.ALL);
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.removeHandler(handler);
        logger.setLevel(previousLevel);
    }

    /** Each record as a reader sees it: the message with its arguments filled in, then its exception's messages. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (LogRecord record : records) {
            StringBuilder line = new StringBuilder(FORMATTER.formatMessage(record));
            for (Throwable at = record.getThrown(); at != null; at = at.getCause()) {
                line.append(" | ").append(at);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The messages of {@code failure} and all its causes, as a stack trace in a log would show them. */
    static List<String> messagesOf(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            messages.add(String.valueOf(at));
        }
        return messages;
    }

    /**
     * Asserts that no text holds {@code secret} in any form a program could write it in: as it
     * is, form-urlencoded, or in Base64 (as in a Basic header).
     */
    static void assertNoLeak(List<String> texts, String description, String secret) {
        String encoded = java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8);
        for (String text : texts) {
            assertThat(text).as("%s must not contain the secret, yet it is: %s", description, text)
                    .doesNotContain(secret)
                    .doesNotContain(encoded);
            for (String base64 : base64Words(text)) {
                assertThat(base64).as("%s must not contain the secret in Base64, yet it is: %s", description, text)
                        .doesNotContain(secret)
                        .doesNotContain(encoded);
            }
        }
    }

    // The words of a text that decode as Base64, decoded: how a Basic header would leak.
    private static List<String> base64Words(String text) {
        List<String> decoded = new ArrayList<>();
        for (String word : text.split("[^A-Za-z0-9+/=]+")) {
            if (word.length() >= 8) {
                try {
                    decoded.add(new String(Base64.getDecoder().decode(word), java.nio.charset.StandardCharsets.UTF_8));
                } catch (IllegalArgumentException notBase64) {
                    // an ordinary word
                }
            }
        }
        return decoded;
    }
}
