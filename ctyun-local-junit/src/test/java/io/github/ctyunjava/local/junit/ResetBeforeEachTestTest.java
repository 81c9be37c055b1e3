package io.github.ctyunjava.local.junit;

import static io.github.ctyunjava.local.junit.Vpcs.createVpc;
import static io.github.ctyunjava.local.junit.Vpcs.vpcCount;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.CtyunClient;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** With {@code resetBeforeEachTest}, each method sees only what it created itself. */
@CtyunLocalTest(resetBeforeEachTest = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetBeforeEachTestTest {
  static final AtomicInteger RUNS = new AtomicInteger();

  @Test
  @Order(1)
  void first(CtyunClient client) {
    createVpc(client, "vpc-first");
    assertThat(vpcCount(client)).isEqualTo(1);
    RUNS.incrementAndGet();
  }

  @Test
  @Order(2)
  void second(CtyunClient client) {
    assertThat(RUNS.get()).as("first() ran before").isEqualTo(1);
    assertThat(vpcCount(client)).isZero();
    createVpc(client, "vpc-second");
    assertThat(vpcCount(client)).isEqualTo(1);
  }
}
