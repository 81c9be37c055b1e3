package io.github.ctyunjava.local.gateway;

import io.github.ctyunjava.local.store.Account;
import java.util.Optional;

/** Finds the account owning an access key. */
@FunctionalInterface
public interface AccountLookup {
  /** The account for {@code accessKey}, if any. */
  Optional<Account> find(String accessKey);
}
