package io.github.ctyunjava.local.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Values a model works out from stored rows ("no order of this region is due before 12:00:30") and
 * reuses in later transactions until this process commits a write of a row of the types the value
 * was worked out from. Only for a database that this process alone writes (SQLite, whose single
 * writer is {@link SqliteWriter}): on a database other emulators share, their writes would go
 * unnoticed, so {@link Tx} keeps nothing there.
 *
 * <p>Why a value is never stale: a transaction notes the {@linkplain #version() version} when it is
 * created, before its first query, so before its snapshot of the database begins; the writer
 * {@linkplain #committed counts} each group of writes only after its commit (whatever its outcome).
 * A write the transaction's snapshot missed committed after the snapshot began, so it is counted
 * after the noted version, and the value worked out without it is ignored from then on. A write's
 * own caller is answered only after it is counted.
 */
final class LocalFacts {
  /** Stands for every type (a reset of all data). */
  static final String ALL_TYPES = "*";

  /** At this many values, all are dropped (they are worked out again when needed). */
  static final int MAX_FACTS = 4096;

  private final AtomicLong version = new AtomicLong();
  private final Map<String, Long> lastWrite = new ConcurrentHashMap<>();
  private final Map<String, Fact> facts = new ConcurrentHashMap<>();

  private record Fact(Object value, long basedOn, List<String> types) {}

  /** The number of counted write groups so far. */
  long version() {
    return version.get();
  }

  /** Counts a group of writes (committed or rolled back) of rows of {@code types}. */
  void committed(Collection<String> types) {
    if (types.isEmpty()) {
      return;
    }
    long v = version.incrementAndGet();
    for (String t : types) {
      lastWrite.put(t, v);
    }
  }

  /**
   * Keeps {@code value}, worked out by a transaction created at version {@code basedOn} from rows
   * of {@code types}.
   */
  void remember(String key, Object value, long basedOn, List<String> types) {
    if (facts.size() >= MAX_FACTS) {
      facts.clear();
    }
    facts.put(key, new Fact(value, basedOn, types));
  }

  /** The value kept under {@code key} if no write of its types was counted after it was based. */
  Optional<Object> recall(String key) {
    Fact f = facts.get(key);
    if (f == null || changedSince(ALL_TYPES, f.basedOn())) {
      return Optional.empty();
    }
    for (String t : f.types()) {
      if (changedSince(t, f.basedOn())) {
        return Optional.empty();
      }
    }
    return Optional.of(f.value());
  }

  private boolean changedSince(String type, long basedOn) {
    Long last = lastWrite.get(type);
    return last != null && last > basedOn;
  }
}
