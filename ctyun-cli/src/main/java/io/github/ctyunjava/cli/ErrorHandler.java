package io.github.ctyunjava.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.core.CtyunServiceException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into an exit code and a short message on stderr: the CTyun error code and both
 * messages for service errors, one line for everything else, a stack trace only with {@code
 * --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final Ctyun top;

  ErrorHandler(Ctyun top) {
    this.top = top;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(cmd.getColorScheme().errorText("ctyun: " + ex.getMessage()));
    if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
      err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    if (ex instanceof CtyunServiceException) {
      reportServiceError((CtyunServiceException) ex, cmd.getOut(), err);
    } else {
      err.println("ctyun: " + message(ex));
    }
    if (top.debug()) {
      ex.printStackTrace(err);
    }
    err.flush();
    cmd.getOut().flush();
    return ExitCodes.of(ex);
  }

  /** The response body on stdout if it is JSON, {@code errorCode: message (description)} on err. */
  static void reportServiceError(CtyunServiceException e, PrintWriter out, PrintWriter err) {
    String body = e.body();
    JsonNode json = body == null || body.isBlank() ? null : Json.parseOrNull(body);
    if (json != null) {
      out.println(Json.pretty(json));
      out.flush();
    }
    err.println(oneLine(e));
  }

  /** {@code errorCode: message (description)}, leaving out what the service did not send. */
  static String oneLine(CtyunServiceException e) {
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
