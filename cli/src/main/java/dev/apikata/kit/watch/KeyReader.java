package dev.apikata.kit.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads the learner's keys on a daemon thread and hands them to the session: one key at a time in
 * single-key mode (arrow keys included), whole lines otherwise. The end of input quits.
 */
final class KeyReader {

    private KeyReader() {
    }

    static Thread start(InputStream in, boolean singleKey, WatchSession session) {
        Thread thread = new Thread(() -> {
            try {
                if (singleKey) {
                    int key;
                    while ((key = Keys.read(in)) != -1) {
                        session.press((char) key);
                    }
                } else {
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    String line;
                    while ((line = lines.readLine()) != null) {
                        session.type(line);
                    }
                }
            } catch (IOException e) {
                // the terminal went away: treat it like the end of input
            }
            session.stop();
        }, "kit-keys");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
