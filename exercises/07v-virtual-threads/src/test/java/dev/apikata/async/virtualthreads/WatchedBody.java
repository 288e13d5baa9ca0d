package dev.apikata.async.virtualthreads;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body subscriber that passes everything on to the one the code under test chose, and notes how
 * the body ended: received in full (the status), failed, or given up by its reader. A streaming
 * handler such as {@code ofInputStream()} completes the response future as soon as the headers are
 * in, so only the body tells whether a request the code gave up on was really stopped.
 */
final class WatchedBody<T> implements BodySubscriber<T> {

    private final BodySubscriber<T> delegate;
    private final int status;
    private final CompletableFuture<Integer> ending;

    private WatchedBody(BodySubscriber<T> delegate, int status, CompletableFuture<Integer> ending) {
        this.delegate = delegate;
        this.status = status;
        this.ending = ending;
    }

    /** {@code handler}, whose bodies complete {@code ending} with the status once received in full, or fail it. */
    static <T> BodyHandler<T> watching(BodyHandler<T> handler, CompletableFuture<Integer> ending) {
        return info -> new WatchedBody<>(handler.apply(info), info.statusCode(), ending);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        delegate.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                subscription.request(n);
            }

            @Override
            public void cancel() {
                ending.completeExceptionally(new CancellationException("the reader closed the body before its end"));
                subscription.cancel();
            }
        });
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        delegate.onNext(item);
    }

    @Override
    public void onError(Throwable failure) {
        ending.completeExceptionally(failure);
        delegate.onError(failure);
    }

    @Override
    public void onComplete() {
        ending.complete(status);
        delegate.onComplete();
    }

    @Override
    public CompletionStage<T> getBody() {
        return delegate.getBody();
    }
}
