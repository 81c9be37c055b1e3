package io.github.ctyunjava.cli.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.cli.CliRunner;
import io.github.ctyunjava.cli.Exchanges;
import io.github.ctyunjava.cli.LocalCli;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.core.catalog.CliNames;
import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every generated {@code ctyun vpc|vpce|ecx <operation>} once against an in-process emulator,
 * with the required flags filled from real resources (VPC, subnet, endpoint service, endpoint
 * created first): each ends with exit 0 or a CTyun business error, never a usage error or a crash,
 * and each request the emulator saw was signed with the account's key and verified.
 */
class EveryOperationCommandTest {
  @RegisterExtension static CtyunLocalExtension local = new CtyunLocalExtension();

  /** Deleted last, dependents first, so the other operations find their resources. */
  private static final List<String> LAST =
      List.of("deleteEndpoint", "deleteEndpointService", "deleteSubnet", "deleteVpc");

  /** What a create returns, and the delete that then removes that (dependent-free) resource. */
  private static final Map<String, String[]> CREATED =
      Map.of(
          "createVpc", new String[] {"vpcID", "deleteVpc"},
          "createSubnet", new String[] {"subnetID", "deleteSubnet"},
          "createEndpointService", new String[] {"endpointServiceID", "deleteEndpointService"},
          "createEndpoint", new String[] {"endpointID", "deleteEndpoint"});

  /** The field that names the resource a delete removes. */
  private static final Map<String, String> DELETE_ID =
      Map.of(
          "deleteVpc", "vpcID",
          "deleteSubnet", "subnetID",
          "deleteEndpointService", "ID",
          "deleteEndpoint", "endpointID");

  @TempDir Path tmp;

  private LocalCli cli;
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, String> deleteTargets = new HashMap<>();

  @BeforeEach
  void setUp() {
    cli = new LocalCli(local, tmp);
  }

  @Test
  void everySubcommandRunsSignedAgainstTheEmulator() {
    createPrerequisites();
    List<CliOperation> ops = new ArrayList<>(OperationCatalogs.all());
    ops.sort(
        (a, b) -> Integer.compare(LAST.indexOf(a.operationId()), LAST.indexOf(b.operationId())));
    assertThat(ops).hasSizeGreaterThanOrEqualTo(50);
    Set<String> groups = new LinkedHashSet<>();
    List<String> businessErrors = new ArrayList<>();
    for (CliOperation op : ops) {
      groups.add(op.group());
      List<String> args = new ArrayList<>(List.of(op.group(), op.command()));
      for (CliOperation.Field f : op.fields()) {
        if (f.required() && !f.name().equals("clientToken")) {
          for (String v : values(op, f)) {
            args.add(f.flag());
            args.add(v);
          }
        }
      }
      args.addAll(optional(op));
      int before = cli.exchanges.all().size();
      CliRunner.Result r = cli.runner().run(args.toArray(new String[0]));
      String what = String.join(" ", args) + "\n" + r;
      assertThat(r.exitCode()).as(what).isIn(ExitCodes.OK, ExitCodes.SERVICE_ERROR);
      List<Exchanges.Exchange> sent =
          cli.exchanges.all().subList(before, cli.exchanges.all().size());
      assertThat(sent).as(what).hasSize(1);
      Exchanges.Exchange x = sent.get(0);
      assertThat(URI.create(x.request().url()).getPath()).as(what).isEqualTo(op.path());
      assertThat(x.request().header("Eop-Authorization"))
          .as(what)
          .matches(
              cli.accessKey()
                  + " Headers=ctyun-eop-request-id;eop-date Signature=[A-Za-z0-9+/]{43}=");
      // the gateway verified the signature: HTTP 200 (a business error is 200 + statusCode 900)
      assertThat(x.response().status()).as(what).isEqualTo(200);
      JsonNode envelope =
          LocalCli.parse(new String(x.response().body(), java.nio.charset.StandardCharsets.UTF_8));
      if (r.exitCode() == ExitCodes.OK) {
        assertThat(envelope.path("statusCode").asText()).as(what).isEqualTo("800");
        assertThat(r.err()).as(what).isEmpty();
        if (CREATED.containsKey(op.operationId())) {
          String[] c = CREATED.get(op.operationId());
          JsonNode id = LocalCli.parse(r.out()).findValue(c[0]);
          assertThat(id).as(what).isNotNull();
          deleteTargets.put(c[1], id.asText());
        }
      } else {
        assertThat(envelope.path("statusCode").asText()).as(what).isEqualTo("900");
        String code = envelope.path("errorCode").asText();
        assertThat(code).as(what).isNotEmpty();
        assertThat(r.err()).as(what).startsWith(code + ": ");
        businessErrors.add(op.operationId() + " " + code);
      }
    }
    assertThat(groups).containsExactly("vpce", "vpc", "ecx");
    // the prerequisites exist, so reads, the main creates and their deletes succeed
    assertThat(businessErrors)
        .noneMatch(
            e ->
                e.matches("(show|list|newList|get|describe)[A-Z].*")
                    || CREATED.containsKey(e.split(" ")[0])
                    || LAST.contains(e.split(" ")[0]));
  }

  private void createPrerequisites() {
    String vpc =
        cli.json(
                "vpc",
                "create-vpc",
                "--region-id",
                LocalCli.REGION,
                "--name",
                "cli-vpc",
                "--cidr",
                "192.168.0.0/16")
            .path("vpcID")
            .asText();
    String subnet =
        cli.json(
                "vpc",
                "create-subnet",
                "--region-id",
                LocalCli.REGION,
                "--vpc-id",
                vpc,
                "--name",
                "cli-subnet",
                "--cidr",
                "192.168.1.0/24")
            .path("subnetID")
            .asText();
    String service =
        cli.json(
                "vpce",
                "create-endpoint-service",
                "--region-id",
                LocalCli.REGION,
                "--vpc-id",
                vpc,
                "--subnet-id",
                subnet,
                "--type",
                "interface",
                "--name",
                "cli-service",
                "--instance-type",
                "vm",
                "--instance-id",
                UUID.randomUUID().toString(),
                "--auto-connection",
                "--rules",
                "{\"protocol\":\"TCP\",\"serverPort\":80,\"endpointPort\":8080}",
                "--query",
                "endpointService.endpointServiceID || endpointServiceID")
            .asText();
    String endpoint =
        cli.json(
                "vpce",
                "create-endpoint",
                "--region-id",
                LocalCli.REGION,
                "--cycle-type",
                "on_demand",
                "--endpoint-service-id",
                service,
                "--endpoint-name",
                "cli-endpoint",
                "--subnet-id",
                subnet,
                "--vpc-id",
                vpc,
                "--whitelist-flag",
                "0",
                "--wait",
                "--wait-timeout",
                "1m",
                "--query",
                "ID")
            .asText();
    assertThat(vpc).startsWith("vpc-");
    assertThat(subnet).startsWith("subnet-");
    assertThat(service).startsWith("endpser-");
    assertThat(endpoint).startsWith("endpoint-");
    ids.put("regionID", LocalCli.REGION);
    ids.put("vpcID", vpc);
    ids.put("subnetID", subnet);
    ids.put("endpointServiceID", service);
    ids.put("ID", service);
    ids.put("endpointID", endpoint);
    // an edge node of the emulator's ECX cluster list
    ids.put(
        "nodeCode",
        cli.json(
                "ecx", "describe-region-clusters", "--query", "results[].clusters[].nodeCode | [0]")
            .asText());
    assertThat(ids.get("nodeCode")).isNotEmpty();
  }

  /** Optional flags some operations need to succeed rather than fail with a business error. */
  private List<String> optional(CliOperation op) {
    return switch (op.operationId()) {
      case "createEndpointService" ->
          List.of(
              "--subnet-id",
              ids.get("subnetID"),
              "--type",
              "interface",
              "--instance-type",
              "vm",
              "--instance-id",
              UUID.randomUUID().toString());
      case "createEndpointServiceWhitelist", "deleteEndpointServiceWhitelist" ->
          List.of("--email", "partner@example.com");
      default -> List.of();
    };
  }

  /** Values of a required field: a real ID, the first allowed value, or a plausible one. */
  private List<String> values(CliOperation op, CliOperation.Field f) {
    String target = deleteTargets.get(op.operationId());
    if (target != null && f.name().equals(DELETE_ID.get(op.operationId()))) {
      return List.of(target);
    }
    if (ids.containsKey(f.name())) {
      return List.of(ids.get(f.name()));
    }
    if (!f.enumValues().isEmpty()) {
      return List.of(f.enumValues().get(0));
    }
    if (f.name().equals("CIDR")) {
      return List.of(op.operationId().equals("createVpc") ? "10.8.0.0/16" : "192.168.7.0/24");
    }
    if (f.name().endsWith("IPAddress") || f.name().equals("transitIP")) {
      return List.of("192.168.1.50");
    }
    if (f.name().endsWith("Port")) {
      return List.of("8081");
    }
    if (f.name().equals("whitelist")) {
      return List.of("10.0.0.1", "10.0.0.0/24");
    }
    return switch (f.type()) {
      case "boolean" -> List.of("true");
      case "integer", "int64" -> List.of("1");
      default -> List.of("cli-" + CliNames.kebab(f.name()));
    };
  }
}
