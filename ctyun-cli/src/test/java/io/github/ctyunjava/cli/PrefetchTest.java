package io.github.ctyunjava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.cli.operation.OperationCatalogs;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The start-up prefetcher: what it reads, and that it ends whatever the arguments. */
class PrefetchTest {
  @Test
  void theGroupIsTheFirstArgumentThatNamesOne() {
    assertThat(Prefetch.groupNamedIn(new String[] {"--profile", "dev", "vpc", "list-vpcs"}))
        .isEqualTo("vpc");
    assertThat(Prefetch.groupNamedIn(new String[] {"vpce", "vpc"})).isEqualTo("vpce");
    assertThat(Prefetch.groupNamedIn(new String[] {"configure", "list"})).isNull();
    assertThat(Prefetch.groupNamedIn(new String[0])).isNull();
  }

  @Test
  void itEndsOnAnyArgumentsAndLeavesTheGroupsCatalogueRead() throws Exception {
    for (String[] args :
        new String[][] {{}, {"--version"}, {"no-such-group"}, {"vpc", "list-vpcs", "--bad"}}) {
      Thread t = Prefetch.start(args);
      t.join(TimeUnit.SECONDS.toMillis(30));
      assertThat(t.isAlive()).as(String.join(" ", args)).isFalse();
      assertThat(t.isDaemon()).isTrue();
    }
    // the operations the prefetch read are the ones the command then gets
    assertThat(OperationCatalogs.group("vpc").get(0))
        .isSameAs(OperationCatalogs.group("vpc").get(0));
  }
}
