package io.github.ctyunjava.core;

import io.github.ctyunjava.core.exception.CtyunServiceException;
import java.time.Duration;
import java.util.Objects;

/**
 * What interceptors know about one call: the request, the attempts made so far, how long it has
 * taken and, once it has ended, its outcome. The client updates it as the call goes; interceptors
 * keep their own values in {@link #attributes()}. One per call, never shared between calls.
 */
public final class ExecutionContext {
  private final CtyunRequest request;
  private final long startNanos;
  private final ExecutionAttributes attributes = new ExecutionAttributes();
  private volatile int attempts;
  private volatile int httpStatus;
  private volatile long endNanos;
  private volatile ExecutionOutcome outcome;
  private volatile String errorCode;
  private volatile Throwable failure;

  ExecutionContext(CtyunRequest request, long startNanos) {
    this.request = request;
    this.startNanos = startNanos;
  }

  /**
   * A context for unit tests of an {@link ExecutionInterceptor}: as the client would pass it for
   * {@code request}, set to the state the test needs. Clients make their own; this is for tests.
   *
   * <pre>{@code
   * ExecutionContext ended = ExecutionContext.forTesting(request)
   *     .attempts(2).httpStatus(200).duration(Duration.ofMillis(40)).succeeded();
   * myInterceptor.afterExecution(ended, response);
   * }</pre>
   */
  public static TestBuilder forTesting(CtyunRequest request) {
    return new TestBuilder(request);
  }

  /** Sets up an {@link ExecutionContext} for a test; see {@link #forTesting}. */
  public static final class TestBuilder {
    private final CtyunRequest request;
    private int attempts = 1;
    private int httpStatus;
    private Duration duration = Duration.ZERO;

    private TestBuilder(CtyunRequest request) {
      this.request = Objects.requireNonNull(request, "request");
    }

    /** The attempts started (default 1). */
    public TestBuilder attempts(int attempts) {
      if (attempts < 0) {
        throw new IllegalArgumentException("attempts must not be negative");
      }
      this.attempts = attempts;
      return this;
    }

    /** The HTTP status of the last answer (default 0: none). */
    public TestBuilder httpStatus(int httpStatus) {
      this.httpStatus = httpStatus;
      return this;
    }

    /** How long the call has taken (default 0). */
    public TestBuilder duration(Duration duration) {
      if (duration.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative");
      }
      this.duration = duration;
      return this;
    }

    /** A context of a call still running, as in {@link ExecutionInterceptor#beforeAttempt}. */
    public ExecutionContext running() {
      ExecutionContext c = new ExecutionContext(request, System.nanoTime() - duration.toNanos());
      c.attemptStarted(attempts);
      c.answered(httpStatus);
      return c;
    }

    /** A context of a call that succeeded, as in {@link ExecutionInterceptor#afterExecution}. */
    public ExecutionContext succeeded() {
      ExecutionContext c = running();
      c.end(ExecutionOutcome.SUCCESS, c.startNanos + duration.toNanos());
      return c;
    }

    /**
     * A context of a call that failed with {@code failure}, as in {@link
     * ExecutionInterceptor#onExecutionFailure}: a {@link CtyunServiceException} gives the outcome
     * {@link ExecutionOutcome#SERVICE_ERROR}, its error code and HTTP status.
     */
    public ExecutionContext failed(Throwable failure) {
      ExecutionContext c = running();
      c.failed(Objects.requireNonNull(failure, "failure"), c.startNanos + duration.toNanos());
      return c;
    }
  }

  /** The request as sent, after every {@link ExecutionInterceptor#modifyRequest}. */
  public CtyunRequest request() {
    return request;
  }

  /**
   * The name of the call: the catalogue's operation id (e.g. {@code listEndpoints}) when the
   * request has one, else {@code "METHOD /path"}.
   */
  public String operation() {
    String name = request.operationName();
    return name != null ? name : request.method() + " " + request.path();
  }

  /** The product code, e.g. {@code ctvpc}. */
  public String product() {
    return request.product();
  }

  /** The HTTP method. */
  public String method() {
    return request.method();
  }

  /** The request path. */
  public String path() {
    return request.path();
  }

  /**
   * The attempts started so far: the number of the current attempt in {@link
   * ExecutionInterceptor#beforeAttempt}, the total once the call has ended (0 when it ended before
   * the first, e.g. for missing credentials).
   */
  public int attempts() {
    return attempts;
  }

  /** The attempts after the first: {@code attempts() - 1}, never below 0. */
  public int retries() {
    return Math.max(0, attempts - 1);
  }

  /** The time since the call started; once it has ended, the time the whole call took. */
  public Duration duration() {
    long end = outcome == null ? System.nanoTime() : endNanos;
    return Duration.ofNanos(end - startNanos);
  }

  /** The HTTP status of the last answer received, or 0 when none was. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The service's error code (e.g. {@code Openapi.Vpc.NotFound}) of a service error, or null. */
  public String errorCode() {
    return errorCode;
  }

  /** How the call ended, or null while it runs. */
  public ExecutionOutcome outcome() {
    return outcome;
  }

  /** What the call failed with, or null. */
  public Throwable failure() {
    return failure;
  }

  /** The values interceptors keep for this call. */
  public ExecutionAttributes attributes() {
    return attributes;
  }

  void attemptStarted(int attempt) {
    this.attempts = attempt;
  }

  void answered(int status) {
    this.httpStatus = status;
  }

  void succeeded() {
    end(ExecutionOutcome.SUCCESS, System.nanoTime());
  }

  void failed(Throwable failure) {
    failed(failure, System.nanoTime());
  }

  private void failed(Throwable failure, long endNanos) {
    this.failure = failure;
    if (failure instanceof CtyunServiceException) {
      CtyunServiceException e = (CtyunServiceException) failure;
      this.errorCode = e.errorCode();
      this.httpStatus = e.httpStatus();
      end(ExecutionOutcome.SERVICE_ERROR, endNanos);
    } else {
      end(ExecutionOutcome.CLIENT_ERROR, endNanos);
    }
  }

  private void end(ExecutionOutcome outcome, long endNanos) {
    this.endNanos = endNanos;
    this.outcome = outcome; // written last: duration() reads endNanos once it sees an outcome
  }

  @Override
  public String toString() {
    return "ExecutionContext{"
        + operation()
        + " "
        + product()
        + ", attempts="
        + attempts
        + ", outcome="
        + outcome
        + "}";
  }
}
