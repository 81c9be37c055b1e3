package io.github.ctyunjava.local.gateway;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers request ids in this process (one emulator). Thread-safe, bounded. */
final class MemoryReplayGuard implements ReplayGuard {
  private static final int MAX_ENTRIES = 1_000_000;
  private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

  @Override
  public synchronized boolean firstUse(String key, Instant until, Instant now) {
    Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, Instant> e = it.next();
      if (e.getValue().isAfter(now) && seen.size() <= MAX_ENTRIES) {
        break;
      }
      it.remove();
    }
    Instant recorded = seen.get(key);
    if (recorded != null && recorded.isAfter(now)) {
      return false;
    }
    seen.remove(key); // re-inserted last: the map stays ordered by expiry
    seen.put(key, until);
    return true;
  }
}
