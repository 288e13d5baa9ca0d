package dev.apikata.kit.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One running worker JVM, seen from the kit: commands go to its standard input, its messages come
 * from its standard output (read on a thread of its own), and the tail of its standard error is
 * kept for when it dies. Killing it also kills any process the learner's code started.
 */
final class WorkerProcess {

    private static final AtomicInteger NUMBERS = new AtomicInteger();
    // What a JVM prints when it gives up: enough to tell an OutOfMemoryError from a crash.
    private static final int ERROR_TAIL = 8 * 1024;

    private final Process process;
    private final int number;
    private final Writer commands;
    private final BlockingQueue<WorkerMessage> messages = new LinkedBlockingQueue<>();
    private final StringBuilder errors = new StringBuilder();
    private volatile int runs;

    private WorkerProcess(Process process) {
        this.process = process;
        this.number = NUMBERS.incrementAndGet();
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        daemon("kit-worker-" + number + "-out", this::readMessages).start();
        daemon("kit-worker-" + number + "-err", this::readErrors).start();
    }

    static WorkerProcess start(WorkerSettings settings) throws IOException {
        return new WorkerProcess(new ProcessBuilder(settings.command()).start());
    }

    /** Waits until the worker has warmed up; false if it ended or took longer than {@code timeout}. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            WorkerMessage message = next(deadline - System.nanoTime());
            if (message instanceof WorkerMessage.Ready) {
                return true;
            }
            if (message == null || message instanceof WorkerMessage.Ended) {
                return false;
            }
        }
    }

    /** The next message, waiting at most {@code nanos}; null if none came. */
    WorkerMessage next(long nanos) throws InterruptedException {
        return messages.poll(Math.max(0, nanos), TimeUnit.NANOSECONDS);
    }

    /** Sends a command; false if the worker is no longer listening. */
    boolean send(WorkerCommand command) {
        try {
            synchronized (commands) {
                commands.write(Protocol.encode(command));
                commands.write('\n');
                commands.flush();
            }
            if (command instanceof WorkerCommand.Run) {
                runs++;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int runs() {
        return runs;
    }

    long pid() {
        return process.pid();
    }

    /** Ends the worker now, with every process its tests started. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            commands.close();
        } catch (IOException e) {
            // it is gone either way
        }
    }

    /** Asks the worker to leave (end of input); kills it if it is still there after {@code patience}. */
    void stop(Duration patience) {
        try {
            commands.close();
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (IOException e) {
            kill();
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines the worker wrote to standard error (and anything unreadable on its output). */
    String errorTail() {
        synchronized (errors) {
            return errors.toString();
        }
    }

    private void readMessages() {
        try (Reader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (Optional<String> line = BoundedLine.read(in); line.isPresent(); line = BoundedLine.read(in)) {
                String text = line.get();
                Protocol.message(text).ifPresentOrElse(messages::add, () -> keepError(text));
            }
        } catch (IOException e) {
            // the pipe broke: the worker is gone
        }
        messages.add(new WorkerMessage.Ended(exitCode()));
    }

    private int exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void readErrors() {
        try (Reader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (Optional<String> line = BoundedLine.read(in); line.isPresent(); line = BoundedLine.read(in)) {
                keepError(line.get());
            }
        } catch (IOException e) {
            // the worker is gone
        }
    }

    private void keepError(String line) {
        synchronized (errors) {
            errors.append(line, 0, Math.min(line.length(), ERROR_TAIL)).append('\n');
            if (errors.length() > ERROR_TAIL) {
                errors.delete(0, errors.length() - ERROR_TAIL);
            }
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Reads one line of at most {@link Protocol#MAX_LINE} characters; a longer one is cut, not kept whole. */
    static final class BoundedLine {
        private BoundedLine() {
        }

        static Optional<String> read(Reader in) throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            boolean any = false;
            while ((c = in.read()) != -1) {
                any = true;
                if (c == '\n') {
                    break;
                }
                if (line.length() < Protocol.MAX_LINE) {
                    line.append((char) c);
                }
            }
            if (!any) {
                return Optional.empty();
            }
            int end = line.length();
            return Optional.of(end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString());
        }
    }

    @Override
    public String toString() {
        return "worker " + number + " (pid " + process.pid() + ")";
    }
}
