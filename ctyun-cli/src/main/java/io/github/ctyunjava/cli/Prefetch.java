package io.github.ctyunjava.cli;

import io.github.ctyunjava.cli.operation.OperationCatalogs;
import io.github.ctyunjava.cli.output.Json;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Start-up work done on a second core while the main thread builds and parses the command line: the
 * catalogue of the command group the arguments name, Jackson's {@code ObjectMapper} class
 * initialisation (its date format loads the JDK's locale data) and the {@code SHA-256} engine the
 * signer uses, in the order the command needs them. Each is what the command itself does first when
 * it needs it; the main thread then finds it done, or waits for it (class initialisation and {@link
 * OperationCatalogs} are single-flight), never does it twice. A failure here is ignored: the main
 * thread meets it again and reports it.
 */
final class Prefetch implements Runnable {
  private final String[] args;

  // a class, not a lambda: the first lambda of a run costs its bootstrap on the main thread
  private Prefetch(String[] args) {
    this.args = args;
  }

  /** Starts prefetching for {@code args} on a daemon thread, and returns the thread. */
  static Thread start(String[] args) {
    Thread t = new Thread(new Prefetch(args.clone()), "ctyun-prefetch");
    t.setDaemon(true);
    t.start();
    return t;
  }

  @Override
  public void run() {
    try {
      String group = groupNamedIn(args);
      if (group != null) {
        OperationCatalogs.group(group);
      }
      Json.object();
      MessageDigest.getInstance("SHA-256");
    } catch (RuntimeException | NoSuchAlgorithmException | LinkageError e) {
      // the main thread does the same work when it needs it and reports what fails there
    }
  }

  /** The first of {@code args} that names a command group, or null. */
  static String groupNamedIn(String[] args) {
    List<String> groups = OperationCatalogs.groups();
    for (String arg : args) {
      if (groups.contains(arg)) {
        return arg;
      }
    }
    return null;
  }
}
