package io.github.ctyunjava.local.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * The single SQLite writer, with group commit. Callers queue their work and wait; one thread runs
 * whatever is queued, each piece of work inside its own savepoint (a failure rolls back that work
 * only), then commits the group with one {@code fsync}. A caller is answered only after the commit
 * that holds its work is durable, so an acknowledged write survives {@code kill -9}; under
 * concurrency one commit serves many callers instead of one each.
 */
final class SqliteWriter implements AutoCloseable {
  private static final int MAX_GROUP = 256;

  private final Statements statements;
  private final Connection connection;
  private final Function<Statements, Tx> txFactory;
  private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean closed;

  SqliteWriter(Statements statements, Function<Statements, Tx> txFactory) {
    this.statements = statements;
    this.connection = statements.connection;
    this.txFactory = txFactory;
    this.thread = new Thread(this::loop, "ctyun-local-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /** Runs {@code work} in the next group and returns its result once the group is committed. */
  <T> T submit(Database.Work<T> work) {
    if (closed) {
      throw new StoreException("the store is closed");
    }
    Pending<T> p = new Pending<>(work);
    queue.add(p);
    try {
      return p.future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for the store", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new StoreException("transaction failed", cause);
    }
  }

  private void loop() {
    List<Pending<?>> group = new ArrayList<>();
    while (true) {
      try {
        group.add(queue.take());
      } catch (InterruptedException e) {
        break; // close() interrupts an idle writer
      }
      queue.drainTo(group, MAX_GROUP - 1);
      runGroup(group);
      group.clear();
      if (closed && queue.isEmpty()) {
        break;
      }
    }
    failAll(queue, new StoreException("the store is closed"));
  }

  private void runGroup(List<Pending<?>> group) {
    List<Tx> txs = new ArrayList<>(group.size());
    for (Pending<?> p : group) {
      // a Tx per piece of work: what one work read stays out of the next (its savepoint may roll
      // back)
      Tx tx = txFactory.apply(statements);
      txs.add(tx);
      p.runIn(statements, tx);
    }
    StoreException failure = null;
    try {
      connection.commit();
    } catch (SQLException e) {
      rollbackQuietly();
      failure = new StoreException("commit failed", e);
    }
    // before any caller is answered, and whether the group committed or not (see LocalFacts)
    txs.forEach(Tx::finished);
    for (Pending<?> p : group) {
      if (failure != null) {
        p.future.completeExceptionally(failure);
      } else {
        p.publish();
      }
    }
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the commit failure is what gets reported
    }
  }

  private static void failAll(BlockingQueue<Pending<?>> queue, StoreException failure) {
    Pending<?> p;
    while ((p = queue.poll()) != null) {
      p.future.completeExceptionally(failure);
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    failAll(queue, new StoreException("the store is closed"));
  }

  /** Queued work and the caller's future; completed only after the group commit. */
  private static final class Pending<T> {
    final Database.Work<T> work;
    final CompletableFuture<T> future = new CompletableFuture<>();
    private T result;
    private Throwable failure;

    Pending(Database.Work<T> work) {
      this.work = work;
    }

    void runIn(Statements s, Tx tx) {
      // the group's transaction is open (the connection is not in auto-commit mode), so releasing
      // this savepoint keeps the work in it; the SQL is compiled once, not per work
      try {
        execute(s, "SAVEPOINT work");
      } catch (SQLException e) {
        failure = new StoreException("cannot start a savepoint", e);
        return;
      }
      try {
        result = work.run(tx);
        execute(s, "RELEASE work");
      } catch (RuntimeException | Error e) {
        failure = e;
        undo(s);
      } catch (SQLException e) {
        failure = new StoreException("transaction failed", e);
        undo(s);
      }
    }

    private static void undo(Statements s) {
      try {
        execute(s, "ROLLBACK TO work");
        execute(s, "RELEASE work");
      } catch (SQLException ignored) {
        // the work's own failure is what gets reported
      }
    }

    private static void execute(Statements s, String sql) throws SQLException {
      PreparedStatement ps = s.prepare(sql);
      try {
        ps.execute();
      } finally {
        s.release(ps);
      }
    }

    void publish() {
      if (failure != null) {
        future.completeExceptionally(failure);
      } else {
        future.complete(result);
      }
    }
  }
}
