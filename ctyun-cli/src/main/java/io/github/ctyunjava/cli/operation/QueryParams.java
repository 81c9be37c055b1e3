package io.github.ctyunjava.cli.operation;

import io.github.ctyunjava.core.signer.QueryParam;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The repeatable {@code --param KEY=VALUE} of {@code ctyun api} and {@code ctyun sign} (a picocli
 * mixin): the request's query, keeping the order and repeats given.
 */
final class QueryParams {
  @Option(
      names = "--param",
      paramLabel = "KEY=VALUE",
      description =
          "Query parameter; repeat for more. Order and repeated keys are kept; the value is"
              + " everything after the first '='.")
  List<String> raw = new ArrayList<>();

  /**
   * Splits each value on its first {@code =}; the value may itself contain {@code =}.
   *
   * @param spec the command, for the usage error
   * @throws ParameterException for a parameter without {@code =} or with an empty key
   */
  List<QueryParam> parse(CommandSpec spec) {
    List<QueryParam> out = new ArrayList<>();
    for (String p : raw) {
      int eq = p.indexOf('=');
      if (eq < 0) {
        throw new ParameterException(
            spec.commandLine(), "--param must be KEY=VALUE (got '" + p + "': no '=')");
      }
      if (eq == 0) {
        throw new ParameterException(
            spec.commandLine(), "--param must be KEY=VALUE (got '" + p + "': empty key)");
      }
      out.add(QueryParam.of(p.substring(0, eq), p.substring(eq + 1)));
    }
    return out;
  }
}
