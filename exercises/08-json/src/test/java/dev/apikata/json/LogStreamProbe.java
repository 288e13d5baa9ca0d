package dev.apikata.json;

/**
 * Runs {@link LogStream#summarize} in a JVM of its own, started by {@link LogStreamTest} with a
 * small heap, on a generated array larger than that heap. Prints the summary, or what went wrong.
 */
final class LogStreamProbe {

    static final String OUT_OF_MEMORY = "OUT_OF_MEMORY";

    private LogStreamProbe() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        try {
            LogSummary summary = new LogStream(TestJson.RESPONSES).summarize(new GeneratedLogs(count));
            System.out.println(summary.entries() + " " + summary.byType().get("error") + " "
                    + summary.byType().get("warning") + " " + summary.byType().get("info"));
        } catch (OutOfMemoryError e) {
            System.out.println(OUT_OF_MEMORY);
            System.exit(3);
        } catch (Throwable e) {
            System.out.println(e);
            System.exit(2);
        }
    }
}
