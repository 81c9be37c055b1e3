package io.github.ctyunjava.cli.common;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's own parse errors (unknown option, missing value, invalid value …) in the run's
 * language. picocli builds these messages in English only; the common ones are recognised by their
 * text and rebuilt from the message bundle, whose English patterns give picocli's exact words. A
 * message this class does not recognise (one of ours, or picocli's rarer ones) is printed as is.
 */
public final class ParseErrors {
  /** A picocli message (its variable parts as groups) and the bundle key that says it. */
  private record Form(Pattern pattern, String key) {}

  private static final List<Form> FORMS =
      List.of(
          form("Unknown option: (.*)", "parse.unknownOption"),
          form("Unknown options: (.*)", "parse.unknownOptions"),
          form("Unmatched argument at index (\\d+): (.*)", "parse.unmatchedArgument"),
          form("Unmatched arguments from index (\\d+): (.*)", "parse.unmatchedArguments"),
          form("Missing required parameter for option (.*)", "parse.missingOptionValue"),
          form("Missing required parameters?: (.*)", "parse.missingParameter"),
          form("Missing required options?: (.*)", "parse.missingOption"),
          form("Invalid value for option (.*?): (.*)", "parse.invalidValue"),
          form("option (.*) should be specified only once", "parse.onlyOnce"),
          form("Expected parameter for option (.*) but found (.*)", "parse.expectedValue"));

  private static Form form(String regex, String key) {
    return new Form(Pattern.compile(regex, Pattern.DOTALL), key);
  }

  private ParseErrors() {}

  /** The message of {@code ex} in the language of {@code messages}. */
  public static String message(ParameterException ex, Messages messages) {
    String text = ex.getMessage();
    if (text == null) {
      return "";
    }
    for (Form form : FORMS) {
      Matcher m = form.pattern().matcher(text);
      if (m.matches()) {
        Object[] parts = new Object[m.groupCount()];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = m.group(i + 1);
        }
        return messages.get(form.key(), parts);
      }
    }
    return text;
  }

  /**
   * The "did you mean" line for an unknown command or option, as picocli words it, or null when
   * there is no suggestion.
   */
  public static String suggestions(ParameterException ex, Messages messages) {
    if (!(ex instanceof UnmatchedArgumentException unmatched)) {
      return null;
    }
    List<String> suggestions = unmatched.getSuggestions();
    if (suggestions.isEmpty()) {
      return null;
    }
    if (unmatched.isUnknownOption()) {
      return messages.get("parse.possibleSolutions", String.join(", ", suggestions));
    }
    String command = unmatched.getCommandLine().getCommandSpec().name();
    StringBuilder alternatives = new StringBuilder();
    for (String s : suggestions) {
      if (alternatives.length() > 0) {
        alternatives.append(messages.get("parse.or"));
      }
      alternatives.append(command == null || command.isBlank() ? s : command + " " + s);
    }
    return messages.get("parse.didYouMean", alternatives);
  }
}
