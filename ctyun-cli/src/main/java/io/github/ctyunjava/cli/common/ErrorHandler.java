package io.github.ctyunjava.cli.common;

import io.github.ctyunjava.core.auth.CredentialsException;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into an exit code and a short message on stderr (stdout stays empty): the CTyun
 * error code and both messages for service errors, with a hint when the credentials or the region
 * were rejected; one line for everything else; a stack trace only with {@code --debug}.
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final TopCommand top;

  public ErrorHandler(TopCommand top) {
    this.top = top;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    Messages messages = top.messages();
    err.println(cmd.getColorScheme().errorText("ctyun: " + ParseErrors.message(ex, messages)));
    String suggestions = ParseErrors.suggestions(ex, messages);
    if (suggestions != null) {
      err.println(suggestions);
    } else {
      err.println(messages.get("usage.seeHelp", cmd.getCommandSpec().qualifiedName() + " --help"));
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    Messages messages = top.messages();
    if (ex instanceof CtyunServiceException) {
      CtyunServiceException e = (CtyunServiceException) ex;
      err.println(oneLine(e));
      String hint = hint(e);
      if (hint != null) {
        err.println(hint);
      }
      if (top.debug() && e.body() != null && !e.body().isBlank()) {
        err.println(e.body());
      }
    } else if (ex instanceof CredentialsException) {
      err.println(messages.get("error.credentials", message(ex)));
    } else {
      err.println("ctyun: " + message(ex));
    }
    if (top.debug()) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.of(ex);
  }

  /** What to do about a rejection of the credentials or the region, or null. */
  private String hint(CtyunServiceException e) {
    Messages messages = top.messages();
    if (ExitCodes.secretKeyRejected(e)) {
      return messages.get("error.checkSecretKey", credentialsSource(true));
    }
    if (ExitCodes.accessKeyRejected(e)) {
      return messages.get("error.checkAccessKey", credentialsSource(false));
    }
    if (regionRejected(e)) {
      return messages.get("error.knownRegions", KnownRegions.describe(messages));
    }
    return null;
  }

  /**
   * Where the rejected key came from: the profile, or the environment variable when credentials
   * come from {@code CTYUN_AK}/{@code CTYUN_SK} (the default chain prefers them to the profile).
   */
  private String credentialsSource(boolean secret) {
    if (top.profileOption() == null && top.context().env().get("CTYUN_AK") != null) {
      return "$" + (secret ? "CTYUN_SK" : "CTYUN_AK");
    }
    return top.messages().get("error.ofProfile", top.profileName());
  }

  /** Whether the service says the region does not exist ({@code Openapi.Region.NotFound}). */
  static boolean regionRejected(CtyunServiceException e) {
    String code = e.errorCode();
    return code != null && code.toLowerCase(Locale.ROOT).matches(".*region.*not.?(found|exist).*");
  }

  /** {@code errorCode: message (description)}, leaving out what the service did not send. */
  public static String oneLine(CtyunServiceException e) {
    String http = "HTTP " + e.httpStatus();
    String code = present(e.errorCode()) ? e.errorCode() : http;
    String message = e.serviceMessage();
    String description = e.description();
    if (present(message) && present(description) && !description.equals(message)) {
      return code + ": " + message + " (" + description + ")";
    }
    if (present(message)) {
      return code + ": " + message;
    }
    if (present(description)) {
      return code + ": " + description;
    }
    return code.equals(http)
        ? http + " (no error details in the response)"
        : code + " (" + http + ")";
  }

  private static boolean present(String s) {
    return s != null && !s.isEmpty();
  }

  private static String message(Throwable ex) {
    String m = ex.getMessage();
    if (m == null || m.isEmpty()) {
      return ex.getClass().getSimpleName();
    }
    if (ex instanceof UncheckedIOException && ex.getCause() != null) {
      return m + ": " + ex.getCause().getMessage();
    }
    return m;
  }
}
