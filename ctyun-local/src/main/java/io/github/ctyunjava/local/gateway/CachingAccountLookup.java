package io.github.ctyunjava.local.gateway;

import io.github.ctyunjava.local.store.Account;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers accounts found by another lookup. Accounts are never deleted or re-keyed, so only hits
 * are cached; a miss always asks the store again (another process may have added the key).
 */
public final class CachingAccountLookup implements AccountLookup {
  private static final int MAX_ENTRIES = 10_000;

  private final AccountLookup delegate;
  private final ConcurrentMap<String, Account> cache = new ConcurrentHashMap<>();

  /** Caches the hits of {@code delegate}. */
  public CachingAccountLookup(AccountLookup delegate) {
    this.delegate = delegate;
  }

  @Override
  public Optional<Account> find(String accessKey) {
    Account hit = cache.get(accessKey);
    if (hit != null) {
      return Optional.of(hit);
    }
    Optional<Account> found = delegate.find(accessKey);
    if (found.isPresent() && cache.size() < MAX_ENTRIES) {
      cache.put(accessKey, found.get());
    }
    return found;
  }
}
