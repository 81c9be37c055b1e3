package io.github.ctyunjava.local.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers request ids for a while to refuse their reuse. Thread-safe, bounded. */
final class ReplayGuard {
  private static final int MAX_ENTRIES = 1_000_000;
  private final Duration ttl;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  ReplayGuard(Duration ttl) {
    this.ttl = ttl;
  }

  /** Records the key; false when it was seen within the ttl. */
  synchronized boolean firstUse(String key, Instant now) {
    Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Instant> e = it.next();
      if (e.getValue().isAfter(now) && seen.size() <= MAX_ENTRIES) {
        break;
      }
      it.remove();
    }
    Instant until = seen.get(key);
    if (until != null && until.isAfter(now)) {
      return false;
    }
    seen.put(key, now.plus(ttl));
    return true;
  }
}
