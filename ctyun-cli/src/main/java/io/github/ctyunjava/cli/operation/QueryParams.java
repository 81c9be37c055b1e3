package io.github.ctyunjava.cli.operation;

import io.github.ctyunjava.core.signer.QueryParam;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Parses repeated {@code --param KEY=VALUE} options, keeping their order and repeats. */
final class QueryParams {
  private QueryParams() {}

  /**
   * Splits each value on its first {@code =}; the value may itself contain {@code =}.
   *
   * @throws ParameterException for a parameter without {@code =} or with an empty key
   */
  static List<QueryParam> parse(List<String> raw, CommandSpec spec) {
    List<QueryParam> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
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
