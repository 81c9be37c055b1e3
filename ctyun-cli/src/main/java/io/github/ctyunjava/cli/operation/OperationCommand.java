package io.github.ctyunjava.cli.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.common.ConfigurationException;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.Messages;
import io.github.ctyunjava.cli.common.TopCommand;
import io.github.ctyunjava.cli.config.ClientFactory;
import io.github.ctyunjava.cli.config.ConfigStore;
import io.github.ctyunjava.cli.output.JmesQuery;
import io.github.ctyunjava.cli.output.Json;
import io.github.ctyunjava.cli.output.OutputWriter;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.catalog.OperationInvoker;
import io.github.ctyunjava.core.config.CtyunConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Runs one catalogue operation ({@code ctyun vpce create-endpoint …}): assembles the request from
 * the flags, sends it signed, optionally pages or waits, and prints {@code returnObj} (or the
 * envelope) through {@code --query} and {@code --output}.
 */
final class OperationCommand implements Callable<Integer> {
  private final CliOperation op;
  private final TopCommand top;
  private final List<Map.Entry<CliOperation.Field, OptionSpec>> fieldOptions;
  private CommandSpec spec;

  OperationCommand(
      CliOperation op,
      TopCommand top,
      List<Map.Entry<CliOperation.Field, OptionSpec>> fieldOptions) {
    this.op = op;
    this.top = top;
    this.fieldOptions = fieldOptions;
  }

  @Override
  public Integer call() {
    CommandLine cmd = commandLine();
    ParseResult parsed = cmd.getParseResult();
    CliContext ctx = top.context();
    Messages messages = top.messages();
    if (parsed.hasMatchedOption(OperationSpecs.SKELETON)) {
      ctx.out().println(Json.pretty(Skeleton.of(op, skeletonRequiredOnly(cmd, parsed))));
      return ExitCodes.OK;
    }
    boolean pageAll = parsed.hasMatchedOption(OperationSpecs.PAGE_ALL);
    boolean noPaginate = parsed.hasMatchedOption(OperationSpecs.NO_PAGINATE);
    boolean envelope = parsed.hasMatchedOption(OperationSpecs.ENVELOPE);
    boolean wait = parsed.hasMatchedOption(OperationSpecs.WAIT);
    if (pageAll && noPaginate) {
      throw new ParameterException(
          cmd,
          messages.get("usage.exclusive", OperationSpecs.PAGE_ALL, OperationSpecs.NO_PAGINATE));
    }
    if (!wait && parsed.hasMatchedOption(OperationSpecs.WAIT_TIMEOUT)) {
      throw new ParameterException(
          cmd, messages.get("usage.onlyWith", OperationSpecs.WAIT_TIMEOUT, OperationSpecs.WAIT));
    }
    ConfigStore config = new ConfigStore(ctx.env());
    String output = outputFormat(cmd, parsed, config);
    String queryText = parsed.matchedOptionValue(OperationSpecs.QUERY, null);
    JmesQuery query = queryText == null ? null : JmesQuery.compile(queryText, cmd, messages);

    RequestFields assembler = new RequestFields(op, cmd, messages);
    ObjectNode fields = assembler.assemble(cliInput(cmd, parsed), flagValues(parsed));
    // missing credentials are the first thing to fix, before missing fields (exit 4, not 2)
    CtyunConfiguration settings = ClientFactory.configuration(top);
    settings.credentialsProvider().resolveCredentials();
    fields = assembler.complete(fields, settings.regionId(), () -> UUID.randomUUID().toString());

    JsonNode result;
    try (CtyunClient client = ClientFactory.create(top)) {
      JsonNode answer;
      if (pageAll || paginatesByDefault(noPaginate, envelope, fields)) {
        answer = PageCollector.collect(client, op, fields);
      } else {
        answer = client.call(OperationInvoker.toRequest(op.source(), fields)).envelope().json();
      }
      JsonNode payload = answer.get("returnObj");
      if (wait) {
        // the flag's value, or its default
        Duration timeout = cmd.getCommandSpec().findOption(OperationSpecs.WAIT_TIMEOUT).getValue();
        payload = Waits.await(op, client, fields, payload, timeout, ctx);
        if (answer.isObject() && payload != null) {
          ((ObjectNode) answer).set("returnObj", payload);
        }
      }
      result = envelope ? answer : payload;
    }
    if (query != null) {
      result = query.search(result == null ? NullNode.getInstance() : result);
    }
    OutputWriter.write(ctx.out(), output, result);
    return ExitCodes.OK;
  }

  /**
   * Whether a list fetches every page without {@code --page-all}, as aws-cli does: unless {@code
   * --no-paginate}, {@code --envelope} (the answer as the service sent it) or a page number asks
   * for one page.
   */
  private boolean paginatesByDefault(boolean noPaginate, boolean envelope, ObjectNode fields) {
    CliOperation.Paging p = op.paging();
    return p != null && !noPaginate && !envelope && !fields.hasNonNull(p.pageParam());
  }

  private boolean skeletonRequiredOnly(CommandLine cmd, ParseResult parsed) {
    String which = parsed.matchedOptionValue(OperationSpecs.SKELETON, "");
    if (which.isEmpty() || which.equals(OperationSpecs.SKELETON_ALL)) {
      return false;
    }
    if (which.equals(OperationSpecs.SKELETON_REQUIRED)) {
      return true;
    }
    throw new ParameterException(
        cmd,
        top.messages()
            .get(
                "usage.oneOf",
                OperationSpecs.SKELETON,
                OperationSpecs.SKELETON_ALL + ", " + OperationSpecs.SKELETON_REQUIRED,
                which));
  }

  /** The picocli model this command runs in (set once, when the model is built). */
  void attach(CommandSpec spec) {
    this.spec = spec;
  }

  private CommandLine commandLine() {
    return spec.commandLine();
  }

  private List<Map.Entry<CliOperation.Field, Object>> flagValues(ParseResult parsed) {
    List<Map.Entry<CliOperation.Field, Object>> values = new ArrayList<>();
    for (Map.Entry<CliOperation.Field, OptionSpec> e : fieldOptions) {
      if (parsed.hasMatchedOption(e.getValue())) {
        values.add(new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue().getValue()));
      }
    }
    return values;
  }

  private JsonNode cliInput(CommandLine cmd, ParseResult parsed) {
    String raw = parsed.matchedOptionValue(OperationSpecs.CLI_INPUT_JSON, null);
    if (raw == null) {
      return null;
    }
    byte[] bytes = Bodies.read(raw, top.context(), cmd.getCommandSpec());
    JsonNode json = Json.parseOrNull(bytes);
    if (json == null) {
      throw new ParameterException(
          cmd,
          top.messages()
              .get(
                  "usage.notJson",
                  OperationSpecs.CLI_INPUT_JSON,
                  abbreviate(new String(bytes, StandardCharsets.UTF_8))));
    }
    return json;
  }

  private String outputFormat(CommandLine cmd, ParseResult parsed, ConfigStore config) {
    String flag = parsed.matchedOptionValue(OperationSpecs.OUTPUT, null);
    String format = flag != null ? flag : config.get(top.profileName(), ConfigStore.OUTPUT);
    if (format == null) {
      return "json";
    }
    if (!ConfigStore.OUTPUTS.contains(format)) {
      if (flag == null) {
        throw new ConfigurationException(
            top.messages()
                .get(
                    "config.badOutput",
                    top.profileName(),
                    String.join(", ", ConfigStore.OUTPUTS),
                    format));
      }
      throw new ParameterException(
          cmd,
          top.messages()
              .get(
                  "usage.oneOf",
                  OperationSpecs.OUTPUT,
                  String.join(", ", ConfigStore.OUTPUTS),
                  flag));
    }
    return format;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
