package io.github.ctyunjava.core.http;

import java.io.IOException;

/** The response body is larger than the transport's limit; it was not read to the end. */
public final class ResponseTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  /** Creates the exception for a body over {@code limit} bytes. */
  public ResponseTooLargeException(String message, long limit) {
    super(message);
    this.limit = limit;
  }

  /**
   * The exception a transport throws when a body exceeds {@code limit}; {@code what} says by how
   * much, e.g. {@code "Content-Length 209715200"}.
   */
  public static ResponseTooLargeException over(long limit, String what) {
    return new ResponseTooLargeException(
        "response larger than the limit of "
            + limit
            + " bytes ("
            + what
            + "); raise maxResponseBytes on the client builder if such answers are expected",
        limit);
  }

  /** The limit in bytes that was exceeded. */
  public long limit() {
    return limit;
  }
}
