package io.github.ctyunjava.local.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.options.StatePolicy;
import io.github.ctyunjava.local.service.Cidr;
import io.github.ctyunjava.local.service.Scope;
import io.github.ctyunjava.local.service.Types;
import io.github.ctyunjava.local.store.Account;
import io.github.ctyunjava.local.store.Database;
import io.github.ctyunjava.local.store.Resource;
import io.github.ctyunjava.local.store.ResourceQuery;
import io.github.ctyunjava.local.store.Tx;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reverse rule keeps its transit IP in its document, not in the store's name column, and a rule
 * written by an earlier version (IP in the name column) still holds its transit IP.
 */
class ReverseRulesTest {
  static final Account OWNER =
      new Account("0000000000000000000000000000000a", "owner@example.com", "ak-a", "sk");

  @TempDir Path dir;

  /** A reverse service with one transit IP and one endpoint: {service, transitIp, endpoint}. */
  private static String[] reverseSetup(Scope scope) {
    Vpcs vpcs = new Vpcs(scope);
    Resource vpc =
        vpcs.create(new Vpcs.NewVpc("v", null, Cidr.parse("CIDR", "10.0.0.0/16"), false, null));
    Resource subnet =
        vpcs.createSubnet(
            new Vpcs.NewSubnet(
                vpc.id(),
                "s",
                null,
                "10.0.1.0/24",
                null,
                null,
                MissingNode.getInstance(),
                false,
                null,
                false,
                null));
    Resource service =
        new EndpointServices(scope)
            .create(
                new EndpointServices.NewService(
                    vpc.id(),
                    "rev",
                    null,
                    "reverse",
                    0,
                    subnet.id(),
                    null,
                    null,
                    false,
                    null,
                    JsonNodeFactory.instance.arrayNode(),
                    null,
                    true,
                    null));
    String transitIp =
        scope.tx().all(ResourceQuery.of(Types.TRANSIT_IP)).get(0).doc().path("transitIP").asText();
    String endpoint =
        new Endpoints(scope, StatePolicy.immediate())
            .create(
                new Endpoints.NewEndpoint(
                    new Endpoints.Target(
                        "on_demand",
                        service.id(),
                        vpc.id(),
                        subnet.id(),
                        MissingNode.getInstance()),
                    "e",
                    null,
                    0,
                    0,
                    null,
                    false,
                    1,
                    false))
            .doc()
            .path("ID")
            .asText();
    return new String[] {service.id(), transitIp, endpoint};
  }

  private static void assertFailsWith(String errorCode, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.errorCode()).isEqualTo(errorCode));
  }

  /** Runs {@code test} in a transaction over a fresh store holding {@link #reverseSetup}. */
  private void withReverseService(BiConsumer<Scope, String[]> test) {
    try (Database db = Database.openSqlite(dir)) {
      db.inTransaction(
          tx -> {
            Scope scope = new Scope(tx, OWNER, "cn-test-1", Instant.parse("2026-01-01T00:00:00Z"));
            test.accept(scope, reverseSetup(scope));
            return null;
          });
    }
  }

  @Test
  void aRuleKeepsItsTransitIpInItsDocumentAndHoldsIt() {
    withReverseService(
        (scope, s) -> {
          Tx tx = scope.tx();
          ReverseRules rules = new ReverseRules(scope);
          Resource rule =
              rules.createRule(
                  new ReverseRules.NewRule(s[0], s[2], s[1], 8080, "TCP", "192.0.2.7", 80));
          Resource stored = tx.find(Types.REVERSE_RULE, rule.id()).orElseThrow();
          assertThat(stored.name()).isNull();
          assertThat(stored.doc().path("transitIPAddress").asText()).isEqualTo(s[1]);
          assertFailsWith("Openapi.TransitIp.InUse", () -> rules.deleteTransitIp(s[0], s[1]));
          rules.deleteRule(rule.id());
          rules.deleteTransitIp(s[0], s[1]);
          assertThat(tx.all(ResourceQuery.of(Types.TRANSIT_IP))).isEmpty();
        });
  }

  @Test
  void aRuleStoredByAnEarlierVersionStillHoldsItsTransitIp() {
    withReverseService(
        (scope, s) -> {
          // earlier versions wrote the transit IP into the name column as well as the document
          scope
              .tx()
              .insert(
                  Resource.create(
                      Types.REVERSE_RULE,
                      "endprule-old0000001",
                      OWNER.accountId(),
                      "cn-test-1",
                      s[0],
                      s[2],
                      s[1],
                      JsonNodeFactory.instance
                          .objectNode()
                          .put("ID", "endprule-old0000001")
                          .put("transitIPAddress", s[1])
                          .put("transitPort", 9000)
                          .put("protocol", "TCP")));
          ReverseRules rules = new ReverseRules(scope);
          assertFailsWith("Openapi.TransitIp.InUse", () -> rules.deleteTransitIp(s[0], s[1]));
          assertFailsWith(
              "Openapi.EndpointServiceRule.Exists",
              () ->
                  rules.createRule(
                      new ReverseRules.NewRule(s[0], s[2], s[1], 9000, "TCP", "192.0.2.8", 80)));
        });
  }
}
