package io.github.ctyunjava.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.jackson.JacksonRuntime;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** {@code --query}: a JMESPath expression over the result (io.burt jmespath-jackson). */
final class JmesQuery {
  private static final JmesPath<JsonNode> RUNTIME = new JacksonRuntime();

  private final Expression<JsonNode> expression;

  private JmesQuery(Expression<JsonNode> expression) {
    this.expression = expression;
  }

  /**
   * Compiles an expression.
   *
   * @throws ParameterException when it is not valid JMESPath
   */
  static JmesQuery compile(String expression, CommandLine cmd) {
    try {
      return new JmesQuery(RUNTIME.compile(expression));
    } catch (JmesPathException e) {
      throw new ParameterException(
          cmd, "--query is not a valid JMESPath expression: " + e.getMessage());
    }
  }

  /** The expression's value over {@code input}. */
  JsonNode search(JsonNode input) {
    return expression.search(input);
  }
}
