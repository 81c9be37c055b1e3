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

  /** The limit in bytes that was exceeded. */
  public long limit() {
    return limit;
  }
}
