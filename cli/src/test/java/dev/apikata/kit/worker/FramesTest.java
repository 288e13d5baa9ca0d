package dev.apikata.kit.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FramesTest {

    private final Frames frames = new Frames(List.of("demo.Client", "demo.Client$Page"), List.of("demo.ClientTest"));

    @Test
    @DisplayName("the learner's method where the deepest cause has one; a test's method only when asked for any")
    void learnersMethodBeforeATests() {
        OutOfMemoryError withoutStack = new OutOfMemoryError("Java heap space");
        withoutStack.setStackTrace(new StackTraceElement[0]);
        AssertionError caught = new AssertionError("expected an IOException", withoutStack);
        caught.setStackTrace(new StackTraceElement[] {frame("demo.ClientTest", "assertIoFailurePropagates")});

        assertThat(frames.methodIn(caught)).contains("ClientTest.assertIoFailurePropagates");
        assertThat(frames.learnerMethodIn(caught)).as("not where the heap ran out").isEmpty();

        OutOfMemoryError inClient = new OutOfMemoryError("Java heap space");
        inClient.setStackTrace(new StackTraceElement[] {frame("java.util.ArrayList", "add"),
                frame("demo.Client$Page", "lambda$find$0"), frame("demo.ClientTest", "finds")});
        assertThat(frames.learnerMethodIn(new AssertionError("wrapped", inClient))).contains("Client.Page.find");
    }

    private static StackTraceElement frame(String type, String method) {
        return new StackTraceElement(type, method, type + ".java", 1);
    }
}
