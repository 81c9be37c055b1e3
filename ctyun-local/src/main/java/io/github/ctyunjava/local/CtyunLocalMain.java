package io.github.ctyunjava.local;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/** Command-line entry point: {@code java -jar ctyun-local.jar [options]}. */
public final class CtyunLocalMain {
  private CtyunLocalMain() {}

  /** Starts the emulator and serves until the process is stopped. */
  public static void main(String[] args) throws InterruptedException {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        System.out.print(CtyunLocalArgs.usage());
        return;
      }
    }
    CtyunLocalOptions options;
    try {
      options = CtyunLocalArgs.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("ctyun-local: " + e.getMessage());
      System.err.print(CtyunLocalArgs.usage());
      System.exit(2);
      return;
    }
    CtyunLocal local;
    try {
      local = new CtyunLocal(options).start();
    } catch (RuntimeException e) {
      System.err.println("ctyun-local: cannot start: " + e.getMessage());
      System.exit(1);
      return;
    }
    printBanner(System.out, local);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  local.close();
                  stopped.countDown();
                },
                "ctyun-local-shutdown"));
    stopped.await();
  }

  /** Prints where to connect; never the secret key. */
  static void printBanner(PrintStream out, CtyunLocal local) {
    out.println("ctyun-local endpoint: " + local.endpoint());
    out.println("listening on:         " + local.bindAddress());
    local.networkWarning().ifPresent(out::println);
    if (local.caFile() != null) {
      out.println("https endpoint:       " + local.tlsEndpoint());
      out.println("CA certificate:       " + local.caFile());
    }
    out.println("access key:           " + local.account().accessKey());
    out.println("admin token:          " + local.adminToken());
    if (local.caFile() != null) {
      TrustInstructions.lines(local.caFile(), local.tlsEndpoint()).forEach(out::println);
    }
    out.println("ready");
    out.flush();
  }
}
