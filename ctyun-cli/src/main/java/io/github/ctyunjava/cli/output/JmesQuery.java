package io.github.ctyunjava.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import io.burt.jmespath.Expression;
import io.burt.jmespath.JmesPath;
import io.burt.jmespath.JmesPathException;
import io.burt.jmespath.jackson.JacksonRuntime;
import io.burt.jmespath.parser.ParseError;
import io.burt.jmespath.parser.ParseException;
import io.github.ctyunjava.cli.common.Messages;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** {@code --query}: a JMESPath expression over the result (io.burt jmespath-jackson). */
public final class JmesQuery {
  private static final JmesPath<JsonNode> RUNTIME = new JacksonRuntime();

  private final Expression<JsonNode> expression;

  private JmesQuery(Expression<JsonNode> expression) {
    this.expression = expression;
  }

  /**
   * Compiles an expression.
   *
   * @throws ParameterException when it is not valid JMESPath: names the first error, its position
   *     (counted from 1) and points at it under the expression
   */
  public static JmesQuery compile(String expression, CommandLine cmd, Messages messages) {
    try {
      return new JmesQuery(RUNTIME.compile(expression));
    } catch (ParseException e) {
      ParseError first = e.iterator().hasNext() ? e.iterator().next() : null;
      if (first == null) {
        throw new ParameterException(cmd, messages.get("query.invalid", e.getMessage()));
      }
      int at = Math.max(0, Math.min(first.position(), expression.length()));
      char[] pad = new char[at];
      Arrays.fill(pad, ' ');
      throw new ParameterException(
          cmd,
          messages.get("query.invalidAt", at + 1, first.message())
              + System.lineSeparator()
              + "  "
              + expression
              + System.lineSeparator()
              + "  "
              + new String(pad)
              + "^");
    } catch (JmesPathException e) {
      throw new ParameterException(cmd, messages.get("query.invalid", e.getMessage()));
    }
  }

  /** The expression's value over {@code input} (a JSON null when nothing matches). */
  public JsonNode search(JsonNode input) {
    return expression.search(input);
  }
}
