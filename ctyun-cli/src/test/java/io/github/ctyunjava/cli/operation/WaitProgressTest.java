package io.github.ctyunjava.cli.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.cli.CliRunner;
import io.github.ctyunjava.cli.LocalCli;
import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import io.github.ctyunjava.local.options.StatePolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --wait} on an endpoint whose order takes several reads to complete. */
class WaitProgressTest {
  private static final String R = LocalCli.REGION;

  @RegisterExtension
  static CtyunLocalExtension local =
      CtyunLocalExtension.withOptions(
          o -> o.endpointOrderPolicy(new StatePolicy(StatePolicy.Kind.AFTER_READS, 3)));

  @TempDir Path tmp;

  @Test
  void waitsForTheOrderAndDrawsDotsOnlyOnATerminal() {
    LocalCli cli = new LocalCli(local, tmp);
    String vpc =
        cli.json("vpc", "create-vpc", "--region-id", R, "--name", "w-vpc", "--cidr", "10.9.0.0/16")
            .path("vpcID")
            .asText();
    String subnet =
        cli.json(
                "vpc",
                "create-subnet",
                "--region-id",
                R,
                "--vpc-id",
                vpc,
                "--name",
                "w-subnet",
                "--cidr",
                "10.9.1.0/24")
            .path("subnetID")
            .asText();
    String service =
        cli.json(
                "vpce",
                "create-endpoint-service",
                "--region-id",
                R,
                "--vpc-id",
                vpc,
                "--subnet-id",
                subnet,
                "--type",
                "interface",
                "--name",
                "w-service",
                "--instance-type",
                "vm",
                "--instance-id",
                UUID.randomUUID().toString(),
                "--auto-connection",
                "--query",
                "endpointService.endpointServiceID")
            .asText();
    String[] create = {
      "vpce",
      "create-endpoint",
      "--region-id",
      R,
      "--cycle-type",
      "on_demand",
      "--endpoint-service-id",
      service,
      "--endpoint-name",
      "w-endpoint",
      "--subnet-id",
      subnet,
      "--vpc-id",
      vpc,
      "--whitelist-flag",
      "0",
      "--wait"
    };

    List<Duration> slept = new ArrayList<>();
    CliRunner.Result tty = cli.runner().errIsTerminal(true).sleeper(slept::add).run(create);

    assertThat(tty.exitCode()).as(tty.toString()).isZero();
    // the final state of the endpoint it waited for, connected
    JsonNode endpoint = LocalCli.parse(tty.out());
    assertThat(endpoint.path("ID").asText()).startsWith("endpoint-");
    assertThat(endpoint.path("status").asInt()).isEqualTo(1);
    assertThat(slept).isNotEmpty().allMatch(Waits.INTERVAL::equals);
    assertThat(tty.err()).isEqualTo(".".repeat(slept.size()) + System.lineSeparator());

    CliRunner.Result pipe =
        cli.runner()
            .errIsTerminal(false)
            .run(
                create[0],
                create[1],
                create[2],
                create[3],
                create[4],
                create[5],
                create[6],
                create[7],
                "--endpoint-name",
                "w-endpoint-2",
                "--subnet-id",
                subnet,
                "--vpc-id",
                vpc,
                "--whitelist-flag",
                "0",
                "--wait");
    assertThat(pipe.exitCode()).as(pipe.toString()).isZero();
    assertThat(pipe.err()).isEmpty();
  }
}
