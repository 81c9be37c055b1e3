package io.github.ctyunjava.cli.operation;

import io.github.ctyunjava.cli.common.CliLanguage;
import io.github.ctyunjava.cli.common.DurationConverter;
import io.github.ctyunjava.cli.common.HelpOptions;
import io.github.ctyunjava.cli.common.Messages;
import io.github.ctyunjava.cli.common.TopCommand;
import io.github.ctyunjava.cli.config.ConfigStore;
import io.github.ctyunjava.core.catalog.CliNames;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds the picocli model of one operation's subcommand: a flag per field plus the common ones.
 */
public final class OperationSpecs {
  static final String CLI_INPUT_JSON = "--cli-input-json";
  static final String SKELETON = "--generate-cli-skeleton";
  static final String OUTPUT = "--output";
  static final String QUERY = "--query";
  static final String ENVELOPE = "--envelope";
  static final String PAGE_ALL = "--page-all";
  static final String NO_PAGINATE = "--no-paginate";
  static final String SKELETON_ALL = "all";
  static final String SKELETON_REQUIRED = "required";
  static final String WAIT = "--wait";
  static final String WAIT_TIMEOUT = "--wait-timeout";

  /** Flags a field must not take (common and global options). */
  private static final Set<String> RESERVED =
      Set.of(
          CLI_INPUT_JSON,
          SKELETON,
          OUTPUT,
          QUERY,
          ENVELOPE,
          PAGE_ALL,
          NO_PAGINATE,
          WAIT,
          WAIT_TIMEOUT,
          "--profile",
          "--endpoint-url",
          "--debug",
          CliLanguage.OPTION,
          "--help",
          "--version");

  private OperationSpecs() {}

  /** The subcommand of {@code op}; running it runs an {@link OperationCommand}. */
  public static CommandSpec build(CliOperation op, TopCommand top) {
    Messages m = top.messages();
    // a list, not a map keyed by the record: a record's hashCode bootstraps method handles at
    // start-up (java.lang.runtime.ObjectMethods), ~15 ms of a short command
    List<Map.Entry<CliOperation.Field, OptionSpec>> fieldOptions = new ArrayList<>();
    OperationCommand command = new OperationCommand(op, top, fieldOptions);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    command.attach(spec);
    spec.name(op.command());
    HelpOptions.addTo(spec);
    spec.usageMessage()
        .sortOptions(false)
        .description(
            op.summary(),
            "Calls " + op.operationId() + ": " + op.method() + " " + op.product() + " " + op.path(),
            "");
    for (CliOperation.Field f : op.fields()) {
      if (RESERVED.contains(f.flag())) {
        throw new IllegalStateException(
            op.operationId() + ": field " + f.name() + " would take the reserved flag " + f.flag());
      }
      OptionSpec o = fieldOption(f, m);
      fieldOptions.add(new AbstractMap.SimpleImmutableEntry<>(f, o));
      spec.addOption(o);
    }
    spec.addOption(
        OptionSpec.builder(CLI_INPUT_JSON)
            .paramLabel("JSON|@FILE")
            .type(String.class)
            .description(
                "The whole request as a JSON object with the wire field names (inline, @FILE or"
                    + " @- for stdin); flags override its fields.")
            .build());
    spec.addOption(
        OptionSpec.builder(SKELETON)
            .arity("0..1")
            .paramLabel("all|required")
            .type(String.class)
            .completionCandidates(List.of(SKELETON_ALL, SKELETON_REQUIRED))
            .description(
                "Print a JSON skeleton of the request (for --cli-input-json) and exit: every"
                    + " field (all, the default) or only the required ones (required).")
            .build());
    spec.addOption(
        OptionSpec.builder(OUTPUT)
            .paramLabel("FORMAT")
            .type(String.class)
            .completionCandidates(ConfigStore.OUTPUTS)
            .description(
                "json (default, or 'output' of the profile config), table or text"
                    + " (tab-separated, for scripts).")
            .build());
    spec.addOption(
        OptionSpec.builder(QUERY)
            .paramLabel("EXPR")
            .type(String.class)
            .description("JMESPath expression applied to the result before it is printed.")
            .build());
    spec.addOption(
        OptionSpec.builder(ENVELOPE)
            .description(
                "Print the whole response envelope (statusCode, message, ..., returnObj) instead"
                    + " of returnObj.")
            .build());
    if (op.paging() != null) {
      spec.addOption(
          OptionSpec.builder(PAGE_ALL)
              .description(
                  "Fetch every page from --"
                      + CliNames.kebab(op.paging().pageParam())
                      + " on and print the first page's answer with the items of all pages"
                      + " (without a page number every page is fetched anyway).")
              .build());
      spec.addOption(
          OptionSpec.builder(NO_PAGINATE)
              .description(
                  "Fetch only one page (the first, or --"
                      + CliNames.kebab(op.paging().pageParam())
                      + "), as the service answers it.")
              .build());
    }
    if (Waits.supports(op.operationId())) {
      spec.addOption(
          OptionSpec.builder(WAIT)
              .description("Wait until " + Waits.describe(op.operationId()) + ".")
              .build());
      spec.addOption(
          OptionSpec.builder(WAIT_TIMEOUT)
              .paramLabel("DURATION")
              .type(Duration.class)
              .converters(new DurationConverter())
              .defaultValue("10m")
              .description("Give up waiting after this long (default: ${DEFAULT-VALUE}).")
              .build());
    }
    return spec;
  }

  private static OptionSpec fieldOption(CliOperation.Field f, Messages m) {
    List<String> help = new ArrayList<>();
    if (f.description() != null && !f.description().isBlank()) {
      help.add(literal(f.description().strip()));
    }
    StringBuilder facts =
        new StringBuilder(
            m.get(
                "help.field.facts",
                f.name(),
                f.inQuery() ? "query" : "body",
                f.type(),
                m.get(f.required() ? "help.field.required" : "help.field.optional")
                    + (f.deprecated() ? m.get("help.field.deprecated") : "")));
    if (!f.enumValues().isEmpty()) {
      facts.append(' ').append(m.get("help.field.allowed", allowedValues(f)));
    }
    if (f.name().equals(RequestFields.REGION_ID)) {
      facts.append(' ').append(m.get("help.field.regionDefault"));
    }
    if (f.name().equals(RequestFields.CLIENT_TOKEN)) {
      facts.append(' ').append(m.get("help.field.tokenGenerated"));
    }
    if (f.isScalarList()) {
      facts.append(' ').append(m.get("help.field.repeat"));
    }
    if (f.isStructured()) {
      facts
          .append(' ')
          .append(m.get(f.type().startsWith("array") ? "help.field.jsonArray" : "help.field.json"));
    }
    if (f.example() != null && !f.example().isBlank()) {
      facts.append(' ').append(m.get("help.field.example", literal(f.example())));
    }
    help.add(facts.toString());
    OptionSpec.Builder b =
        OptionSpec.builder(f.flag()).description(help.toArray(new String[0])).hidden(false);
    if (!f.enumValues().isEmpty()) {
      b.completionCandidates(f.enumValues());
    }
    if ("boolean".equals(f.type())) {
      return b.type(String.class)
          .arity("0..1")
          .fallbackValue("true")
          .paramLabel("true|false")
          .build();
    }
    if (f.isScalarList() || (f.isStructured() && f.type().startsWith("array"))) {
      return b.type(List.class)
          .auxiliaryTypes(String.class)
          .paramLabel(f.isStructured() ? "JSON" : label(f))
          .build();
    }
    return b.type(String.class).paramLabel(f.isStructured() ? "JSON" : label(f)).build();
  }

  /**
   * The allowed values, each with its meaning when the catalogue has one: {@code 0 (off), 1 (on)}.
   */
  static String allowedValues(CliOperation.Field f) {
    List<String> out = new ArrayList<>();
    for (String v : f.enumValues()) {
      String meaning = f.enumMeanings().get(v);
      out.add(meaning == null ? v : v + " (" + literal(meaning) + ")");
    }
    return String.join(", ", out);
  }

  /** Spec text as picocli shows it verbatim: {@code %} and <code>${</code> escaped. */
  private static String literal(String text) {
    return text.replace("%", "%%").replace("${", "$${");
  }

  private static String label(CliOperation.Field f) {
    return CliNames.kebab(f.name()).replace('-', '_').toUpperCase(java.util.Locale.ROOT);
  }
}
