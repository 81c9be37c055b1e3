package io.github.ctyunjava.cli.common;

import io.github.ctyunjava.core.auth.CredentialsException;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import java.io.UncheckedIOException;
import java.util.Locale;
import picocli.CommandLine.ParameterException;

/** The exit codes of the {@code ctyun} command, and which failure maps to which. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** The service answered with an error ({@code statusCode} 900 or a non-2xx HTTP status). */
  public static final int SERVICE_ERROR = 1;

  /** The command line is wrong. */
  public static final int USAGE = 2;

  /** The service could not be reached, or its answer could not be read. */
  public static final int NETWORK = 3;

  /** Configuration or credentials are missing or malformed. */
  public static final int CONFIGURATION = 4;

  private ExitCodes() {}

  /** The exit code for a failure. */
  public static int of(Throwable failure) {
    if (failure instanceof ParameterException) {
      return USAGE;
    }
    if (failure instanceof CtyunServiceException) {
      CtyunServiceException e = (CtyunServiceException) failure;
      return secretKeyRejected(e) || accessKeyRejected(e) ? CONFIGURATION : SERVICE_ERROR;
    }
    if (failure instanceof CredentialsException
        || failure instanceof ConfigurationException
        || failure instanceof io.github.ctyunjava.core.config.ConfigurationException
        || failure instanceof UncheckedIOException) {
      return CONFIGURATION;
    }
    // CtyunClientException (no answer, or an unreadable one) and anything unexpected
    return NETWORK;
  }

  /**
   * Whether the gateway rejected the signature: HTTP 401 with a signature error code (the
   * emulator's {@code Eop.Auth.SignatureMismatch}; the real gateway's code is not documented, so
   * any 401 code naming the signature counts).
   */
  static boolean secretKeyRejected(CtyunServiceException e) {
    return e.httpStatus() == 401 && codeMentions(e, "signature");
  }

  /**
   * Whether the gateway does not know the access key (HTTP 401, e.g. {@code
   * Eop.Auth.UnknownAccessKey}).
   */
  static boolean accessKeyRejected(CtyunServiceException e) {
    return e.httpStatus() == 401 && codeMentions(e, "accesskey");
  }

  private static boolean codeMentions(CtyunServiceException e, String word) {
    String code = e.errorCode();
    return code != null && code.toLowerCase(Locale.ROOT).replace("_", "").contains(word);
  }
}
