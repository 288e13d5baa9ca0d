package dev.apikata.kit.worker;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The test worker's JVM: warms up, says it is ready, then runs the tests the kit asks for, one run
 * at a time, until its standard input ends. Learner code runs here, never in the kit's own JVM: if
 * it exits, fills the heap or never returns, only this process is lost.
 *
 * <p>Standard output carries the messages to the kit (see {@link Protocol}); {@code System.out} and
 * {@code System.err} are captured per run, and {@code System.in} is empty, so that learner code can
 * neither garble nor swallow them.
 */
public final class WorkerMain {

    private static volatile boolean leaving;

    private WorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        InputStream commands = System.in;
        System.setIn(new ByteArrayInputStream(new byte[0]));
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(nowhere);
        System.setErr(nowhere);

        TestExecutor executor = new TestExecutor(message -> send(protocol, message));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> reportExit(protocol, executor), "kit-worker-exit"));
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> uncaught(protocol, executor, thread, failure));

        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        for (int i = 0; i < warmUps; i++) {
            executor.warmUp(WarmUpExchange.class);
        }
        send(protocol, new WorkerMessage.Ready(ProcessHandle.current().pid()));

        // Not a daemon: threads inherit that, and a learner's thread must be as it would be under Maven.
        // The worker never waits for them: it halts when it leaves.
        ExecutorService runs = Executors.newSingleThreadExecutor(task -> new Thread(task, "kit-worker-run"));
        BufferedReader in = new BufferedReader(new InputStreamReader(commands, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            WorkerCommand command = Protocol.command(line);
            if (command instanceof WorkerCommand.Run run) {
                runs.execute(() -> {
                    if (executor.execute(run)) {
                        leave(0); // retired: threads it left may still run, so do not wait for another run
                    }
                });
            } else if (command instanceof WorkerCommand.Cancel cancel) {
                executor.cancel(cancel.run());
            }
        }
        // The kit closed our input: it is done with this worker, or it is gone.
        leave(0);
    }

    private static void send(PrintStream protocol, WorkerMessage message) {
        synchronized (protocol) {
            protocol.println(Protocol.encode(message));
            protocol.flush();
        }
    }

    // Threads the learner started may still spin: halt, do not wait for them.
    private static void leave(int status) {
        leaving = true;
        Runtime.getRuntime().halt(status);
    }

    /** From the shutdown hook: if learner code called System.exit, say where. */
    private static void reportExit(PrintStream protocol, TestExecutor executor) {
        if (leaving) {
            return;
        }
        Frames frames = executor.frames();
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            Optional<StackTraceElement[]> caller = callerOfExit(thread.getValue());
            if (caller.isPresent()) {
                String method = frames.methodIn(caller.get()).orElseGet(() ->
                        caller.get().length > 0 ? Frames.display(caller.get()[0]) : null);
                send(protocol, new WorkerMessage.Exiting(method, thread.getKey().getName(), false));
                return;
            }
        }
        send(protocol, new WorkerMessage.Exiting(null, null, false));
    }

    // The frames below System.exit / Runtime.exit on a thread that is waiting for the JVM to end.
    private static Optional<StackTraceElement[]> callerOfExit(StackTraceElement[] frames) {
        int last = -1;
        for (int i = 0; i < frames.length; i++) {
            String type = frames[i].getClassName();
            if ((type.equals("java.lang.System") || type.equals("java.lang.Runtime")) && frames[i].getMethodName().equals("exit")) {
                last = i;
            }
        }
        return last < 0 ? Optional.empty() : Optional.of(Arrays.copyOfRange(frames, last + 1, frames.length));
    }

    // A thread of the learner's that ran out of memory leaves the heap in no state to go on.
    private static void uncaught(PrintStream protocol, TestExecutor executor, Thread thread, Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            send(protocol, new WorkerMessage.Exiting(executor.frames().methodIn(failure).orElse(null), thread.getName(), true));
            leave(3);
        }
        System.err.println("Exception in thread \"" + thread.getName() + "\" " + failure);
    }
}
