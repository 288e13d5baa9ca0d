package dev.apikata.kit.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModuleCompilerCloseTest {

    @Test
    @DisplayName("closing the compiler (quitting the kit) does not wait for a compilation in progress")
    void closeDoesNotWaitForACompilation() throws Exception {
        ModuleCompiler compiler = new ModuleCompiler(KitClassPath.ofThisJvm(), Locale.ENGLISH);
        // Own threads, not the common pool: on a two-core machine that pool may have a single worker,
        // which the blocked caller below would hold, and close() would never even start.
        ExecutorService callers = Executors.newCachedThreadPool();
        CountDownLatch compiling = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Stands for a long javac run: it holds the compiler thread until released.
        CompletableFuture<Boolean> longCompilation = CompletableFuture.supplyAsync(() -> CompilerThread.run(() -> {
            compiling.countDown();
            return release.await(60, TimeUnit.SECONDS);
        }), callers);
        assertThat(compiling.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> closed = CompletableFuture.runAsync(compiler::close, callers);

        try {
            // Returning at all while the compilation holds the thread is the point; the bound only ends a hang.
            closed.get(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
            assertThat(longCompilation).as("still compiling when close returned").isNotDone();
        } finally {
            release.countDown();
        }
        assertThat(longCompilation.get(30, TimeUnit.SECONDS)).isTrue();
        callers.shutdown();
    }
}
