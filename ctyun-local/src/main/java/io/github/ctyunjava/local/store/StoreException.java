package io.github.ctyunjava.local.store;

/** A database failure (connection, SQL, migration). Never carries credentials. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a cause. */
  public StoreException(String message) {
    super(message);
  }

  /** A failure with its cause. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
