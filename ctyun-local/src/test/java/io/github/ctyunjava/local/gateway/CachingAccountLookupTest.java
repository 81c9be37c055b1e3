package io.github.ctyunjava.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.local.store.Account;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingAccountLookupTest {
  @Test
  void cachesHitsButNotMisses() {
    AtomicInteger calls = new AtomicInteger();
    Account a = new Account("id", "e@x.y", "AK", "SK");
    CachingAccountLookup lookup =
        new CachingAccountLookup(
            ak -> {
              calls.incrementAndGet();
              return ak.equals("AK") ? Optional.of(a) : Optional.empty();
            });
    assertThat(lookup.find("AK")).contains(a);
    assertThat(lookup.find("AK")).contains(a);
    assertThat(calls).hasValue(1);
    assertThat(lookup.find("NOPE")).isEmpty();
    assertThat(lookup.find("NOPE")).isEmpty();
    assertThat(calls).hasValue(3);
  }
}
