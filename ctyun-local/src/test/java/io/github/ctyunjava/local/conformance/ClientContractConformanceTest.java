package io.github.ctyunjava.local.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record of the client contracts, replayed as CTyun's Go client puts it on the wire inside a
 * realistic flow, against an emulator with default settings: accepted (HTTP 200, numeric {@code
 * statusCode} 800) and answered with every declared field present, non-null and of its declared
 * JSON type. Fields the client does not declare are published as report entries only.
 */
class ClientContractConformanceTest {
  @TempDir static Path dir;
  static TestClock clock = Local.clock();
  static CtyunLocal local;
  static GoClientReplayer replayer;
  static ConformanceFlows flows;
  static FlowSetup setup;

  @BeforeAll
  static void start() {
    local = Local.start(dir, clock);
    replayer = new GoClientReplayer(local.port(), Credentials.of(Local.AK, Local.SK), clock);
    setup = new FlowSetup(new Api(local, clock));
    flows = new ConformanceFlows(setup);
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  static List<ContractRecord> records() {
    return ClientContracts.records();
  }

  @Test
  void everyRecordOfTheContractsIsReplayed() {
    assertThat(records()).hasSize(ClientContracts.declaredRecordCount()).hasSize(69);
    assertThat(records().stream().map(ContractRecord::operationId).distinct()).hasSize(59);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void clientRequestIsAcceptedAndAnswerDecodes(ContractRecord record, TestReporter reporter) {
    RawHttp.Answer answer = replayer.send(record, flows.prepare(record));
    assertDecodes(record, answer, reporter);
  }

  @Test
  void listedCtyunServiceIsUsableByCreateEndpoint(TestReporter reporter) {
    ContractRecord create =
        records().stream()
            .filter(r -> r.operationId().equals("createEndpoint"))
            .findFirst()
            .orElseThrow();
    String[] net = setup.network();
    ObjectNode values = flows.prepare(create);
    values.put("endpointServiceID", setup.listedCtyunService());
    values.put("vpcID", net[0]);
    values.put("subnetID", net[1]);
    RawHttp.Answer answer = replayer.send(create, values);
    assertDecodes(create, answer, reporter);
  }

  private static String clip(String body) {
    return body.length() > 700 ? body.substring(0, 700) + "..." : body;
  }

  private static void assertDecodes(
      ContractRecord record, RawHttp.Answer answer, TestReporter reporter) {
    String shown = record + " answered " + clip(answer.body());
    assertThat(answer.status()).as(shown).isEqualTo(200);
    JsonNode envelope = answer.json();
    assertThat(envelope.path("statusCode").isNumber()).as(shown).isTrue();
    assertThat(envelope.path("statusCode").asInt()).as(shown).isEqualTo(800);
    DeclaredTypeChecker.Findings findings = DeclaredTypeChecker.check(record, envelope);
    assertThat(findings.problems()).as(shown).isEmpty();
    List<String> undeclared =
        findings.undeclared().stream()
            .map(p -> p.replaceAll("\\[\\d+]", "[]"))
            .distinct()
            .collect(Collectors.toList());
    if (!undeclared.isEmpty()) {
      reporter.publishEntry("undeclared by " + record, String.join(", ", undeclared));
      System.out.println("UNDECLARED " + record + ": " + String.join(", ", undeclared));
    }
  }
}
