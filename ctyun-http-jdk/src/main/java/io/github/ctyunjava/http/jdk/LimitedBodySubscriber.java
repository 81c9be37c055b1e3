package io.github.ctyunjava.http.jdk;

import io.github.ctyunjava.core.http.ResponseTooLargeException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a limit: a {@code Content-Length} over it is refused before any
 * byte is read, and a body that grows past it is cancelled as soon as it does, with a {@link
 * ResponseTooLargeException} either way.
 */
final class LimitedBodySubscriber implements BodySubscriber<byte[]> {
  private final long limit;
  private final long contentLength;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private final List<byte[]> chunks = new ArrayList<>();
  private Flow.Subscription subscription;
  private long size;

  /**
   * @param contentLength the announced length, or -1
   */
  LimitedBodySubscriber(long limit, long contentLength) {
    this.limit = limit;
    this.contentLength = contentLength;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (contentLength > limit) {
      subscription.cancel();
      body.completeExceptionally(
          ResponseTooLargeException.over(limit, "Content-Length " + contentLength));
      return;
    }
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (body.isDone()) {
      return;
    }
    for (ByteBuffer b : buffers) {
      size += b.remaining();
      if (size > limit) {
        subscription.cancel();
        body.completeExceptionally(
            ResponseTooLargeException.over(limit, "more than " + limit + " bytes"));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      chunks.add(chunk);
    }
  }

  @Override
  public void onError(Throwable failure) {
    body.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    byte[] all = new byte[(int) size];
    int at = 0;
    for (byte[] c : chunks) {
      System.arraycopy(c, 0, all, at, c.length);
      at += c.length;
    }
    chunks.clear();
    body.complete(all);
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }
}
