package dev.apikata.kit.worker;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Standard output and error redirected into memory while tests run, so a learner's debug prints
 * appear in the result instead of scribbling over the kit's screen. Keeps at most {@value #LIMIT}
 * bytes: a runaway print loop must not exhaust the kit's memory.
 */
final class CapturedOutput implements AutoCloseable {

    static final int LIMIT = 256 * 1024;

    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final Bounded buffer = new Bounded();
    private final Charset charset = Charset.defaultCharset();

    CapturedOutput() {
        PrintStream capture = new PrintStream(buffer, true, charset);
        System.setOut(capture);
        System.setErr(capture);
    }

    String text() {
        synchronized (buffer) {
            return buffer.toString(charset);
        }
    }

    @Override
    public void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private static final class Bounded extends ByteArrayOutputStream {
        @Override
        public synchronized void write(int b) {
            if (count < LIMIT) {
                super.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            super.write(bytes, offset, Math.max(0, Math.min(length, LIMIT - count)));
        }
    }
}
