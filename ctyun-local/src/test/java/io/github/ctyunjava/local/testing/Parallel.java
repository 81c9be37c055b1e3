package io.github.ctyunjava.local.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Sends requests from many threads released at the same moment (tests only). */
public final class Parallel {
  private Parallel() {}

  /** Runs {@code send.apply(i)} for i in 0..n-1 on n threads at once; the answers in order. */
  public static List<RawHttp.Answer> send(int n, IntFunction<RawHttp.Answer> send)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<RawHttp.Answer>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  return send.apply(index);
                }));
      }
      go.countDown();
      List<RawHttp.Answer> answers = new ArrayList<>();
      for (Future<RawHttp.Answer> f : futures) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  /** How many answers are HTTP 200. */
  public static long accepted(List<RawHttp.Answer> answers) {
    return answers.stream().filter(a -> a.status() == 200).count();
  }
}
