package io.github.ctyunjava.cli.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.TopCommand;
import io.github.ctyunjava.cli.config.ClientFactory;
import io.github.ctyunjava.cli.output.Json;
import io.github.ctyunjava.core.Endpoints;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.auth.CredentialsProvider;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.signer.EopDate;
import io.github.ctyunjava.core.signer.EopSignature;
import io.github.ctyunjava.core.signer.EopSigner;
import io.github.ctyunjava.core.signer.QueryStyle;
import io.github.ctyunjava.core.signer.SignableRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ctyun sign}: computes the EOP headers for a request, as JSON with the intermediate values
 * or as a ready {@code curl} command. Sends nothing.
 */
@Command(
    name = "sign",
    sortOptions = false,
    description = {
      "Compute the EOP signature headers for a request without sending it; print them as JSON"
          + " (with the canonical query and string to sign) or as a curl command.",
      "Keys: --ak/--sk, else --profile NAME, else the system properties ctyun.ak/ctyun.sk, else"
          + " CTYUN_AK/CTYUN_SK, else the profile $CTYUN_PROFILE (or 'default').",
      ""
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ctyun sign --method GET --path /v4/vpc/list \\",
      "      --param regionID=81f7728662dd11ec810800155d307d5b \\",
      "      --date 20240611T101530Z --request-id r1",
      "  ctyun sign --method POST --path /v4/vpc/create --body-file vpc.json \\",
      "      --product ctvpc --output curl | sh"
    })
public final class SignCommand implements Callable<Integer> {
  /** Output formats of {@code ctyun sign}. */
  enum Output {
    JSON,
    CURL
  }

  @ParentCommand private TopCommand top;

  @Spec private CommandSpec spec;

  @Option(names = "--method", required = true, paramLabel = "METHOD", description = "HTTP method.")
  private String method;

  @Option(
      names = "--path",
      required = true,
      paramLabel = "PATH",
      description = "Request path, e.g. /v4/vpc/list (not signed; used for curl).")
  private String path;

  @Mixin private QueryParams query;

  @ArgGroup(exclusive = true)
  private BodyOptions body;

  /** The body, inline or from a file. */
  static final class BodyOptions {
    @Option(names = "--body", paramLabel = "STRING", description = "Body text (signed as UTF-8).")
    String text;

    @Option(
        names = "--body-file",
        paramLabel = "FILE",
        description = "Body read from a file; its exact bytes are signed.")
    Path file;
  }

  @Option(
      names = "--date",
      paramLabel = "yyyyMMddTHHmmssZ",
      description = "Eop-date in Beijing time (default: now).")
  private String date;

  @Option(
      names = "--request-id",
      paramLabel = "ID",
      description = "ctyun-eop-request-id (default: a random UUID).")
  private String requestId;

  @Option(
      names = "--query-style",
      paramLabel = "STYLE",
      defaultValue = "GO",
      description =
          "Canonical query: go (Go url.Values.Encode, what the official SDKs sign; default) or"
              + " seed (the help-centre Python sample: raw sorted k=v).")
  private QueryStyle queryStyle;

  @ArgGroup(exclusive = false)
  private KeyOptions keys;

  /** Keys given on the command line. */
  static final class KeyOptions {
    @Option(
        names = "--ak",
        required = true,
        paramLabel = "AK",
        description =
            "Access key, for testing only (visible in the process list and shell history);"
                + " normally CTYUN_AK/CTYUN_SK or a profile.")
    String ak;

    @Option(
        names = "--sk",
        required = true,
        paramLabel = "SK",
        description = "Secret key, for testing only; normally CTYUN_AK/CTYUN_SK or a profile.")
    String sk;
  }

  @Option(
      names = "--output",
      paramLabel = "FORMAT",
      defaultValue = "JSON",
      description = "json (default) or curl.")
  private Output output;

  @Option(
      names = "--product",
      paramLabel = "PRODUCT",
      description =
          "Product code for the curl URL (https://{product}-global.ctapi.ctyun.cn), unless an"
              + " endpoint URL is configured.")
  private String product;

  @Override
  public Integer call() {
    if (!path.startsWith("/")) {
      throw usage("--path must start with '/'");
    }
    String eopDate = date != null ? date : EopDate.now(top.context().clock());
    if (!EopDate.isWellFormed(eopDate)) {
      throw usage("--date must look like 20240611T101530Z (Beijing time), got: " + date);
    }
    String id = requestId != null ? requestId : UUID.randomUUID().toString();
    byte[] bodyBytes = bodyBytes();
    SignableRequest request =
        SignableRequest.builder()
            .method(method.toUpperCase(Locale.ROOT))
            .path(path)
            .query(query.parse(spec))
            .body(bodyBytes)
            .build();
    Credentials credentials = credentials().resolveCredentials();
    EopSignature signature;
    try {
      signature =
          EopSigner.builder()
              .queryStyle(queryStyle)
              .build()
              .sign(request, credentials, eopDate, id);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    String text =
        output == Output.CURL ? curl(request, signature, bodyBytes != null) : json(signature);
    top.context().out().println(text);
    return ExitCodes.OK;
  }

  private byte[] bodyBytes() {
    if (body == null) {
      return null;
    }
    if (body.file != null) {
      return Bodies.readFile(body.file, spec);
    }
    return body.text.getBytes(StandardCharsets.UTF_8);
  }

  private CredentialsProvider credentials() {
    if (keys != null) {
      try {
        return StaticCredentialsProvider.create(keys.ak, keys.sk);
      } catch (IllegalArgumentException e) {
        throw usage(e.getMessage());
      }
    }
    return ClientFactory.configuration(top).credentialsProvider();
  }

  private static String json(EopSignature s) {
    ObjectNode root = Json.object();
    root.put("queryCanonical", s.canonicalQuery());
    root.put("wireQuery", s.wireQuery());
    root.put("stringToSign", s.stringToSign());
    root.put("signature", s.signature());
    ObjectNode headers = root.putObject("headers");
    for (Map.Entry<String, String> h : s.headers().entrySet()) {
      headers.put(h.getKey(), h.getValue());
    }
    return Json.pretty(root);
  }

  private String curl(SignableRequest request, EopSignature s, boolean hasBody) {
    String endpoint = ClientFactory.endpointOverride(top);
    if (endpoint == null) {
      if (product == null) {
        throw usage("--output curl needs --product (or --endpoint-url)");
      }
      try {
        endpoint = Endpoints.forProduct(product);
      } catch (IllegalArgumentException e) {
        throw usage("--product must be a CTyun product code such as ctvpc, got: " + product);
      }
    }
    if (endpoint.endsWith("/")) {
      endpoint = endpoint.substring(0, endpoint.length() - 1);
    }
    String query = s.wireQuery();
    String url = endpoint + request.path() + (query.isEmpty() ? "" : "?" + query);
    StringBuilder sb = new StringBuilder();
    if (hasBody && body.file == null && body.text.startsWith("@")) {
      // curl would read "@..." as a file name: feed the text through stdin instead
      sb.append("printf '%s' ").append(ShellQuote.quote(body.text)).append(" | ");
    }
    sb.append("curl -sS -X ").append(ShellQuote.quote(request.method()));
    sb.append(' ').append(ShellQuote.quote(url));
    for (Map.Entry<String, String> h : s.headers().entrySet()) {
      sb.append(" \\\n  -H ").append(ShellQuote.quote(h.getKey() + ": " + h.getValue()));
    }
    if (hasBody) {
      sb.append(" \\\n  -H ").append(ShellQuote.quote("Content-Type: application/json"));
      String data;
      if (body.file != null) {
        data = "@" + body.file.toAbsolutePath();
      } else {
        data = body.text.startsWith("@") ? "@-" : body.text;
      }
      sb.append(" \\\n  --data-binary ").append(ShellQuote.quote(data));
    }
    return sb.toString();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
