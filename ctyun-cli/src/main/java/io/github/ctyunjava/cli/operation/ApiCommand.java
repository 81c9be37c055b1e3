package io.github.ctyunjava.cli.operation;

import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.TopCommand;
import io.github.ctyunjava.cli.config.ClientFactory;
import io.github.ctyunjava.cli.output.Json;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.CtyunRequest;
import io.github.ctyunjava.core.CtyunResponse;
import io.github.ctyunjava.core.Endpoints;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ctyun api METHOD PRODUCT PATH}: any CTyun OpenAPI call, signed; prints the response. */
@Command(
    name = "api",
    sortOptions = false,
    description = {
      "Call any CTyun OpenAPI operation, signed with your credentials, and print the JSON"
          + " response.",
      "Credentials: --profile NAME, else the system properties ctyun.ak/ctyun.sk, else"
          + " CTYUN_AK/CTYUN_SK, else the profile $CTYUN_PROFILE (or 'default') of"
          + " ~/.ctyun/credentials.",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ctyun api GET ctvpc /v4/vpc/list --param regionID=81f7728662dd11ec810800155d307d5b",
      "  ctyun api POST ctvpc /v4/vpc/create --body @vpc.json",
      "  ctyun --endpoint-url http://localhost:8080 api GET ctvpc /v4/vpc/list \\",
      "      --param regionID=81f7728662dd11ec810800155d307d5b"
    })
public final class ApiCommand implements Callable<Integer> {
  @ParentCommand private TopCommand top;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "METHOD", description = "HTTP method: GET, POST, ...")
  private String method;

  @Parameters(
      index = "1",
      paramLabel = "PRODUCT",
      description = "Product code that selects the endpoint: ctvpc, ctecs, ecx, ...")
  private String product;

  @Parameters(index = "2", paramLabel = "PATH", description = "Operation path, e.g. /v4/vpc/list")
  private String path;

  @Mixin private QueryParams query;

  @Option(
      names = "--body",
      paramLabel = "JSON|@FILE",
      description =
          "JSON request body, given inline, or @FILE to send a file's exact bytes (@- reads"
              + " stdin). Sent as application/json.")
  private String body;

  @Override
  public Integer call() {
    CtyunRequest request = buildRequest();
    try (CtyunClient client = ClientFactory.create(top)) {
      CtyunResponse response = client.call(request);
      // the SDK has parsed the body; copy its tokens rather than build a second tree
      Json.printPretty(top.context().out(), response.rawBody());
    } catch (IOException e) {
      throw new IllegalStateException("cannot print the response: " + e.getMessage(), e);
    }
    return ExitCodes.OK;
  }

  private CtyunRequest buildRequest() {
    String m = method.toUpperCase(Locale.ROOT);
    if (!m.matches("GET|POST|PUT|DELETE|PATCH|HEAD")) {
      throw usage("METHOD must be GET, POST, PUT, DELETE, PATCH or HEAD, got: " + method);
    }
    try {
      Endpoints.forProduct(product);
    } catch (IllegalArgumentException e) {
      throw usage("PRODUCT must be a CTyun product code such as ctvpc or ecx, got: " + product);
    }
    CtyunRequest.Builder b =
        CtyunRequest.builder().method(m).product(product).path(path).query(query.parse(spec));
    if (body != null) {
      byte[] bytes = Bodies.read(body, top.context(), spec);
      if (Json.parseOrNull(bytes) == null) {
        throw usage("--body is not valid JSON");
      }
      b.body(bytes, CtyunRequest.JSON);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
