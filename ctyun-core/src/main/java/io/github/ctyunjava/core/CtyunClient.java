package io.github.ctyunjava.core;

import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.auth.CredentialsProvider;
import io.github.ctyunjava.core.config.ConfigurationException;
import io.github.ctyunjava.core.config.CtyunConfiguration;
import io.github.ctyunjava.core.config.Setting;
import io.github.ctyunjava.core.exception.CtyunClientException;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.core.http.AsyncHttpTransport;
import io.github.ctyunjava.core.http.AsyncHttpTransportProvider;
import io.github.ctyunjava.core.http.CaBundle;
import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.HttpResponse;
import io.github.ctyunjava.core.http.HttpTransport;
import io.github.ctyunjava.core.http.HttpTransportOptions;
import io.github.ctyunjava.core.http.ProxyConfiguration;
import io.github.ctyunjava.core.http.ResponseTooLargeException;
import io.github.ctyunjava.core.http.UrlConnectionTransport;
import io.github.ctyunjava.core.signer.EopDate;
import io.github.ctyunjava.core.signer.EopSignature;
import io.github.ctyunjava.core.signer.EopSigner;
import io.github.ctyunjava.core.signer.SignableRequest;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;

/**
 * The generic CTyun OpenAPI client: signs each attempt, sends it, retries what is safe to retry,
 * corrects for clock skew and turns the envelope into a response or a typed exception. Thread-safe;
 * close it to release the transport it created.
 *
 * <pre>{@code
 * try (CtyunClient client = CtyunClient.builder().build()) {
 *   CtyunResponse r = client.call(CtyunRequest.builder()
 *       .product("ctvpc").method("GET").path("/v4/vpc/list")
 *       .addQueryParam("regionID", "81f7728662dd11ec810800155d307d5b").build());
 *   JsonNode vpcs = r.envelope().returnObj();
 * }
 * }</pre>
 */
public final class CtyunClient implements AutoCloseable {
  private static final String[] TRACE_HEADERS = {"x-trace-id", "traceid", "x-ctyun-trace-id"};

  private final CredentialsProvider credentialsProvider;
  private final String endpointOverride;
  private final String regionId;
  private final RetryPolicy retryPolicy;
  private final Clock clock;
  private final List<ExecutionInterceptor> interceptors;
  private final String userAgent;
  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final AsyncResources async;
  private final EopSigner signer;
  private final Sleeper sleeper;
  private final Random random;
  private final ClockSkew skew = new ClockSkew();
  private final Duration apiCallTimeout;
  private final Duration apiCallAttemptTimeout;

  private CtyunClient(Builder b) {
    CtyunConfiguration config = b.configuration();
    this.credentialsProvider =
        b.credentialsProvider != null ? b.credentialsProvider : config.credentialsProvider();
    this.endpointOverride = b.endpointOverride != null ? b.endpointOverride : config.endpointUrl();
    this.regionId = b.regionId != null ? b.regionId : config.regionId();
    this.retryPolicy = b.retryPolicy;
    this.clock = b.clock;
    List<ExecutionInterceptor> all = new ArrayList<>(b.interceptors);
    all.add(new WireLogger());
    this.interceptors = Collections.unmodifiableList(all);
    this.userAgent =
        "ctyun-java/"
            + Version.SDK
            + " java/"
            + System.getProperty("java.version")
            + (b.userAgentSuffix == null ? "" : " " + b.userAgentSuffix);
    if (b.transport != null && b.caBundle != null) {
      throw new IllegalStateException("caBundle applies to the default transport only");
    }
    this.ownsTransport = b.transport == null;
    Path bundle = b.caBundle != null ? b.caBundle : config.caBundle();
    // one context for the transports this client creates (none when the builder gave its own)
    SSLContext tls =
        b.transport == null && bundle != null
            ? caBundleContext(bundle, b.caBundle == null, config)
            : null;
    ProxyConfiguration proxy = b.proxy != null ? b.proxy : config.proxy(endpointScheme());
    this.transport =
        b.transport != null
            ? b.transport
            : UrlConnectionTransport.create(
                    b.connectTimeout,
                    b.readTimeout,
                    b.maxResponseBytes,
                    tls == null ? null : tls.getSocketFactory())
                .withProxy(proxy);
    this.async =
        b.asyncTransport != null || b.transport != null || !b.discoverAsyncTransport
            ? AsyncResources.of(b.asyncTransport)
            : AsyncResources.lazy(
                AsyncTransports.discover(),
                HttpTransportOptions.builder()
                    .connectTimeout(b.connectTimeout)
                    .maxResponseBytes(b.maxResponseBytes)
                    .sslContext(tls)
                    .proxy(proxy)
                    .build());
    this.signer = EopSigner.create();
    this.sleeper = b.sleeper;
    this.random = b.random != null ? b.random : new SecureRandom();
    this.apiCallTimeout =
        b.apiCallTimeout != null ? b.apiCallTimeout : config.get(Setting.CALL_TIMEOUT);
    this.apiCallAttemptTimeout = b.apiCallAttemptTimeout;
  }

  /**
   * A builder. What is not set on it comes from {@link CtyunConfiguration} (environment, then the
   * profile files, then defaults: credentials chain, public endpoints, JVM trust store); 3
   * attempts.
   */
  public static Builder builder() {
    return new Builder();
  }

  private static SSLContext caBundleContext(
      Path bundle, boolean configured, CtyunConfiguration config) {
    try {
      return CaBundle.sslContext(bundle);
    } catch (IllegalArgumentException e) {
      if (configured) {
        throw new ConfigurationException(
            "ca_bundle from " + config.describeSource(Setting.CA_BUNDLE) + ": " + e.getMessage());
      }
      throw e;
    }
  }

  /**
   * The {@code regionID} used for operations that require one when a request leaves it unset
   * (builder, {@code CTYUN_REGION}, {@code region_id} of the profile), or null.
   */
  public String regionId() {
    return regionId;
  }

  /** The scheme of the endpoints: the override's, else {@code https}. */
  private String endpointScheme() {
    return endpointOverride != null && endpointOverride.startsWith("http://") ? "http" : "https";
  }

  /** The base URL requests for {@code product} go to. */
  public String endpointFor(String product) {
    return endpointOverride != null ? endpointOverride : Endpoints.forProduct(product);
  }

  /** The {@code User-Agent} this client sends. */
  public String userAgent() {
    return userAgent;
  }

  /** The clock offset learned from the service so far (server minus local). */
  public Duration clockSkew() {
    return skew.offset();
  }

  /**
   * Makes one call, with retries.
   *
   * @return the response when {@code statusCode} is 800
   * @throws CtyunServiceException when the service answered with an error
   * @throws CtyunClientException when no answer could be had or read
   */
  public CtyunResponse call(CtyunRequest request) {
    ExecutionContext context = begin(request);
    CtyunResponse response;
    try {
      for (ExecutionInterceptor i : interceptors) {
        i.beforeExecution(context);
      }
      response = execute(context);
    } catch (RuntimeException e) {
      throw failed(context, e);
    }
    return succeeded(context, response);
  }

  /**
   * Makes one call, with retries, without holding a thread while it waits: on the asynchronous
   * transport ({@link #hasAsyncTransport()}), with the waits between attempts scheduled on a timer
   * thread. Signing, retries, deadlines, clock-skew correction and interceptor hooks are those of
   * {@link #call}; hooks after {@link ExecutionInterceptor#beforeExecution} run on the transport's
   * or the timer's thread. Cancelling the returned future aborts the exchange in flight (or the
   * pending retry) and fails the call with a {@link java.util.concurrent.CancellationException}.
   *
   * <p>A transport found on the class path, and the timer, are created by the first asynchronous
   * call, not with the client.
   *
   * @return a future completed with the response when {@code statusCode} is 800, or exceptionally
   *     with a {@link CtyunServiceException} or {@link CtyunClientException}
   * @throws IllegalStateException when this client has no asynchronous transport, or is closed
   */
  public CompletableFuture<CtyunResponse> callAsync(CtyunRequest request) {
    if (!async.available()) {
      throw new IllegalStateException(
          "no asynchronous transport: add ctyun-http-jdk to the class path or set"
              + " CtyunClient.Builder.asyncTransport");
    }
    AsyncHttpTransport transport = async.transport(); // created on the first asynchronous call
    ScheduledExecutorService timer = async.timer();
    AsyncCall call = new AsyncCall(begin(request), transport, timer);
    call.start();
    return call.result;
  }

  /**
   * Whether {@link #callAsync} is available: an {@link AsyncHttpTransport} was set on the builder
   * or found on the class path.
   */
  public boolean hasAsyncTransport() {
    return async.available();
  }

  /** Applies {@link ExecutionInterceptor#modifyRequest} and opens the call's context. */
  private ExecutionContext begin(CtyunRequest request) {
    CtyunRequest req = Objects.requireNonNull(request, "request");
    long start = System.nanoTime();
    for (ExecutionInterceptor i : interceptors) {
      req = i.modifyRequest(req);
    }
    return new ExecutionContext(req, start);
  }

  private CtyunResponse succeeded(ExecutionContext context, CtyunResponse response) {
    context.succeeded();
    for (ExecutionInterceptor i : interceptors) {
      i.afterExecution(context, response);
    }
    return response;
  }

  private RuntimeException failed(ExecutionContext context, RuntimeException e) {
    context.failed(e);
    for (ExecutionInterceptor i : interceptors) {
      i.onExecutionFailure(context);
    }
    for (ExecutionInterceptor i : interceptors) {
      i.onFailure(context.request(), e);
    }
    return e;
  }

  private CtyunResponse execute(ExecutionContext context) {
    Execution call = new Execution(context);
    while (true) {
      HttpRequest http = call.nextAttempt();
      Next next;
      try {
        next = call.answered(http, transport.execute(http));
      } catch (IOException e) {
        next = call.failed(e);
      }
      if (next.response != null) {
        return next.response;
      }
      if (next.wait != null) {
        try {
          sleeper.sleep(next.wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CtyunClientException("interrupted while waiting to retry", e);
        }
      }
    }
  }

  /** What follows an attempt: the call's response, or another attempt after a wait (or at once). */
  private static final class Next {
    final CtyunResponse response;
    final Duration wait;

    private Next(CtyunResponse response, Duration wait) {
      this.response = response;
      this.wait = wait;
    }

    static Next done(CtyunResponse response) {
      return new Next(response, null);
    }

    static Next retryAfter(Duration wait) {
      return new Next(null, wait);
    }

    static Next retryNow() {
      return new Next(null, null);
    }
  }

  /**
   * The attempts of one call: signs each with a fresh {@code Eop-date} and decides, after each
   * answer or failure, whether the call is done, has failed (thrown) or deserves another attempt
   * after a wait. The blocking and the asynchronous path both drive it, so the retry, deadline and
   * clock-skew rules live only here. Used by one thread at a time.
   */
  private final class Execution {
    private final CtyunRequest req;
    private final ExecutionContext context;
    private final long deadline;
    private final Credentials credentials;
    private final SignableRequest signable;
    private final byte[] body;
    private final String base;
    private int attempt;
    private String requestId;

    Execution(ExecutionContext context) {
      this.context = context;
      this.req = context.request();
      this.deadline = System.nanoTime() + apiCallTimeout.toNanos();
      this.credentials = credentialsProvider.resolveCredentials();
      this.signable = req.signable();
      this.body = req.body(); // one copy per call; every attempt sends the same bytes
      this.base = stripTrailingSlash(endpointFor(req.product()));
    }

    /** Signs and returns the next attempt's request, after the attempt hooks. */
    HttpRequest nextAttempt() {
      attempt++;
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw callTimedOut(attempt - 1, null);
      }
      context.attemptStarted(attempt);
      for (ExecutionInterceptor i : interceptors) {
        i.beforeAttempt(context);
      }
      EopSignature signature =
          signer.sign(
              signable, credentials, EopDate.format(skew.now(clock)), UUID.randomUUID().toString());
      requestId = signature.requestId();
      HttpRequest http = toHttp(req, body, base, signature).withTimeout(attemptBudget(left));
      for (ExecutionInterceptor i : interceptors) {
        i.beforeTransmission(http);
      }
      return http;
    }

    private boolean last() {
      return attempt >= retryPolicy.maxAttempts();
    }

    /** The attempt failed without an answer. */
    Next failed(IOException e) {
      if (e instanceof ResponseTooLargeException) {
        throw new CtyunClientException(
            e.getMessage() + " (request id " + requestId + ")", e, false);
      }
      boolean connectFailure = isConnectFailure(e);
      boolean retryable =
          connectFailure
              || (req.isRetrySafe()
                  && !(e instanceof InterruptedIOException
                      && !(e instanceof SocketTimeoutException)));
      Duration wait = !last() && retryable ? retryWait(null) : null;
      if (wait != null) {
        return Next.retryAfter(wait);
      }
      if (System.nanoTime() - deadline >= 0) {
        throw callTimedOut(attempt, e);
      }
      throw new CtyunClientException(
          (connectFailure ? "cannot connect to " : "request failed: ")
              + base
              + " ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + "), after "
              + attempts(attempt),
          e,
          true);
    }

    /** The attempt got an HTTP answer. */
    Next answered(HttpRequest http, HttpResponse response) {
      for (ExecutionInterceptor i : interceptors) {
        i.afterTransmission(http, response);
      }
      boolean last = last();
      int status = response.status();
      context.answered(status);
      if (status < 200 || status > 299) {
        Envelope envelope = Envelope.of(ResponseJson.readOrNull(response.body()));
        boolean skewLearned =
            isDateRejection(status, envelope) && skew.learn(clock, response.header("Date"));
        if (!last && skewLearned) {
          return Next.retryNow(); // refused for its date, so even a POST can be sent again
        }
        if (!last && retryPolicy.isRetryableStatus(status) && req.isRetrySafe()) {
          Duration wait = retryWait(retryAfter(status, response));
          if (wait != null) {
            return Next.retryAfter(wait);
          }
        }
        throw serviceException(status, envelope, requestId, response);
      }
      Envelope envelope;
      try {
        envelope = ResponseJson.scan(response.body());
      } catch (IOException e) {
        throw new CtyunClientException(
            "unreadable response: HTTP "
                + status
                + " with "
                + ResponseJson.describe(response.body())
                + " (not JSON: "
                + e.getClass().getSimpleName()
                + "; request id "
                + requestId
                + ")",
            e,
            false);
      }
      if (!envelope.isRecognized()) {
        throw new CtyunClientException(
            "not a CTyun response: HTTP "
                + status
                + " with "
                + ResponseJson.describe(response.body())
                + ", which has no statusCode (request id "
                + requestId
                + ")");
      }
      if (envelope.isSuccess()) {
        return Next.done(new CtyunResponse(response, envelope, requestId, attempt));
      }
      if (!last && retryPolicy.isThrottlingCode(envelope.errorCode()) && req.isRetrySafe()) {
        Duration wait = retryWait(null);
        if (wait != null) {
          return Next.retryAfter(wait);
        }
      }
      throw serviceException(status, envelope, requestId, response);
    }

    /**
     * The wait before the next attempt: the server's {@code Retry-After} (at most the policy's
     * maxDelay) or the backoff; null when the wait would use up the rest of the call's time.
     */
    private Duration retryWait(Duration retryAfter) {
      Duration d = retryPolicy.backoff(attempt, random);
      if (retryAfter != null) {
        d = retryAfter.compareTo(retryPolicy.maxDelay()) > 0 ? retryPolicy.maxDelay() : retryAfter;
      }
      return deadline - System.nanoTime() - d.toNanos() <= 0 ? null : d;
    }
  }

  /**
   * One call on the asynchronous transport: each attempt is started on the transport, each wait is
   * a task on the retry timer, and no thread blocks in between.
   */
  private final class AsyncCall {
    final CompletableFuture<CtyunResponse> result = new CompletableFuture<>();
    private final ExecutionContext context;
    private final AsyncHttpTransport transport;
    private final ScheduledExecutorService retryTimer;
    private final AtomicBoolean ended = new AtomicBoolean();
    private Execution execution;
    private volatile CompletableFuture<HttpResponse> inFlight;
    private volatile ScheduledFuture<?> pendingRetry;

    AsyncCall(
        ExecutionContext context,
        AsyncHttpTransport transport,
        ScheduledExecutorService retryTimer) {
      this.context = context;
      this.transport = transport;
      this.retryTimer = retryTimer;
      result.whenComplete(
          (r, t) -> {
            if (result.isCancelled()) {
              abort();
              end(() -> failed(context, cancelled(t)));
            }
          });
    }

    void start() {
      try {
        for (ExecutionInterceptor i : interceptors) {
          i.beforeExecution(context);
        }
        execution = new Execution(context);
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      attempt();
    }

    private void attempt() {
      if (result.isDone()) {
        return;
      }
      CompletableFuture<HttpResponse> exchange;
      HttpRequest http;
      try {
        http = execution.nextAttempt();
        exchange = transport.executeAsync(http);
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      inFlight = exchange;
      if (result.isCancelled()) {
        exchange.cancel(true); // cancelled while this attempt was being signed
      }
      exchange.whenComplete((response, error) -> attempted(http, response, error));
    }

    private void attempted(HttpRequest http, HttpResponse response, Throwable error) {
      if (result.isDone()) {
        return;
      }
      Next next;
      try {
        Throwable cause = unwrap(error);
        if (cause == null) {
          next = execution.answered(http, response);
        } else if (cause instanceof IOException) {
          next = execution.failed((IOException) cause);
        } else {
          throw new CtyunClientException(
              "request failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage(),
              cause);
        }
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      if (next.response != null) {
        CtyunResponse done = next.response;
        end(() -> result.complete(succeeded(context, done)));
      } else if (next.wait == null) {
        attempt();
      } else {
        try {
          pendingRetry =
              retryTimer.schedule(this::attempt, next.wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
          fail(new CtyunClientException("the client was closed before the next attempt", e));
        }
      }
    }

    private void fail(RuntimeException e) {
      end(() -> result.completeExceptionally(failed(context, e)));
    }

    /** Runs the end of the call (its hooks) once, whatever races cancellation with completion. */
    private void end(Runnable ending) {
      if (!ended.compareAndSet(false, true)) {
        return;
      }
      try {
        ending.run();
      } catch (RuntimeException hookFailure) {
        result.completeExceptionally(hookFailure);
      }
    }

    private void abort() {
      ScheduledFuture<?> retry = pendingRetry;
      if (retry != null) {
        retry.cancel(false);
      }
      CompletableFuture<HttpResponse> exchange = inFlight;
      if (exchange != null) {
        exchange.cancel(true);
      }
    }
  }

  private static RuntimeException cancelled(Throwable t) {
    return t instanceof CancellationException
        ? (CancellationException) t
        : new CancellationException("the call was cancelled");
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** The time limit of the next attempt: what is left of the call, at most the attempt limit. */
  private Duration attemptBudget(long leftNanos) {
    Duration left = Duration.ofNanos(leftNanos);
    return apiCallAttemptTimeout != null && apiCallAttemptTimeout.compareTo(left) < 0
        ? apiCallAttemptTimeout
        : left;
  }

  private CtyunClientException callTimedOut(int attempts, IOException last) {
    return new CtyunClientException(
        "call timed out: no answer within apiCallTimeout "
            + apiCallTimeout.toMillis()
            + " ms, after "
            + attempts(attempts)
            + (last == null
                ? ""
                : " (last: " + last.getClass().getSimpleName() + ": " + last.getMessage() + ")"),
        last,
        true);
  }

  private static String attempts(int n) {
    return n + (n == 1 ? " attempt" : " attempts");
  }

  /** The wait a 429 or 503 asks for in {@code Retry-After}, or null. */
  private Duration retryAfter(int status, HttpResponse response) {
    if (status != 429 && status != 503) {
      return null;
    }
    Instant serverNow = RetryAfter.httpDate(response.header("Date"));
    return RetryAfter.parse(
        response.header("Retry-After"), serverNow != null ? serverNow : skew.now(clock));
  }

  private HttpRequest toHttp(CtyunRequest req, byte[] body, String base, EopSignature s) {
    String query = s.wireQuery();
    String url = base + req.path() + (query.isEmpty() ? "" : "?" + query);
    List<Map.Entry<String, String>> headers = new ArrayList<>(6);
    for (Map.Entry<String, String> h : s.headers().entrySet()) {
      headers.add(new SimpleImmutableEntry<>(h.getKey(), h.getValue()));
    }
    headers.add(new SimpleImmutableEntry<>("User-Agent", userAgent));
    headers.add(new SimpleImmutableEntry<>("Accept", "application/json"));
    if (req.contentType() != null) {
      headers.add(new SimpleImmutableEntry<>("Content-Type", req.contentType()));
    }
    return new HttpRequest(req.method(), url, headers, body);
  }

  private static boolean isConnectFailure(IOException e) {
    if (e instanceof ConnectException
        || e instanceof NoRouteToHostException
        || e instanceof UnknownHostException) {
      return true;
    }
    String m = e.getMessage();
    return e instanceof SocketTimeoutException
        && m != null
        && m.toLowerCase(Locale.ROOT).contains("connect");
  }

  /**
   * Whether the gateway refused the request for its {@code Eop-date}: HTTP 403 (or 401) whose error
   * code or message is about the date, e.g. {@code Eop.Auth.DateOutOfWindow}. Only such an answer
   * may teach the client a clock offset.
   */
  private static boolean isDateRejection(int status, Envelope envelope) {
    if (status != 403 && status != 401) {
      return false;
    }
    String said =
        (envelope.errorCode() + " " + envelope.error() + " " + envelope.message())
            .toLowerCase(Locale.ROOT);
    return said.contains("date") || said.contains("expire") || said.contains("skew");
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  private CtyunServiceException serviceException(
      int status, Envelope envelope, String requestId, HttpResponse response) {
    String traceId = envelope.traceId();
    for (int i = 0; traceId == null && i < TRACE_HEADERS.length; i++) {
      traceId = response.header(TRACE_HEADERS[i]);
    }
    return CtyunServiceException.builder()
        .httpStatus(status)
        .statusCode(envelope.statusCode())
        // the builder falls back to the statusCode when both are empty
        .errorCode(isEmpty(envelope.errorCode()) ? envelope.error() : envelope.errorCode())
        .serviceMessage(envelope.message())
        .description(envelope.description())
        .requestId(requestId)
        .traceId(traceId)
        .body(response.bodyText())
        .build();
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * Closes the transports this client created. A transport given to {@link Builder#transport} or
   * {@link Builder#asyncTransport} stays open: its caller closes it.
   */
  @Override
  public void close() {
    try {
      async.close();
      if (ownsTransport) {
        transport.close();
      }
    } catch (Exception e) {
      throw new CtyunClientException("closing the HTTP transport failed", e);
    }
  }

  @Override
  public String toString() {
    return "CtyunClient{endpoint="
        + (endpointOverride != null ? endpointOverride : "public")
        + ", credentials="
        + credentialsProvider
        + ", retry="
        + retryPolicy
        + "}";
  }

  /** Builder of {@link CtyunClient}. */
  public static final class Builder {
    private CredentialsProvider credentialsProvider;
    private String endpointOverride;
    private String regionId;
    private Path caBundle;
    private String profile;
    private CtyunConfiguration configuration;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private final List<ExecutionInterceptor> interceptors = new ArrayList<>();
    private String userAgentSuffix;
    private HttpTransport transport;
    private AsyncHttpTransport asyncTransport;
    private boolean discoverAsyncTransport = true;
    private ProxyConfiguration proxy;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Random random;
    private Duration apiCallTimeout; // null: call_timeout of the configuration (default 2 min)
    private Duration apiCallAttemptTimeout;
    private long maxResponseBytes = UrlConnectionTransport.DEFAULT_MAX_RESPONSE_BYTES;

    private Builder() {}

    /** Where credentials come from; the default chain if not set. */
    public Builder credentialsProvider(CredentialsProvider provider) {
      this.credentialsProvider = provider;
      return this;
    }

    /**
     * One base URL for every product (e.g. {@code http://localhost:8080} for ctyun-local), instead
     * of {@code https://{product}-global.ctapi.ctyun.cn}.
     */
    public Builder endpointOverride(String url) {
      if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
        throw new IllegalArgumentException("endpoint must start with http:// or https://: " + url);
      }
      this.endpointOverride = url;
      return this;
    }

    /**
     * The default {@code regionID} of operations that require one, when a request leaves it unset
     * (default: {@code CTYUN_REGION}, else {@code region_id} of the profile).
     */
    public Builder regionId(String regionId) {
      this.regionId = regionId;
      return this;
    }

    /**
     * A PEM file of CA certificates trusted in addition to the JVM's trust store, e.g.
     * ctyun-local's {@code <data-dir>/tls/ca.pem} (default: {@code CTYUN_CA_BUNDLE}, else {@code
     * ca_bundle} of the profile). Certificates and host names are always verified.
     */
    public Builder caBundle(Path pemFile) {
      this.caBundle = pemFile;
      return this;
    }

    /**
     * The profile of {@code ~/.ctyun/config} and {@code ~/.ctyun/credentials} to fall back on
     * (default: {@code CTYUN_PROFILE}, else {@code default}); its keys are then the only
     * credentials consulted. Not combinable with {@link #configuration}.
     */
    public Builder profile(String profile) {
      this.profile = profile;
      return this;
    }

    /**
     * The resolved settings to fall back on for everything not set on this builder (default: {@link
     * CtyunConfiguration#load()} with {@link #profile}). Tests pass one built over their own
     * environment map.
     */
    public Builder configuration(CtyunConfiguration configuration) {
      this.configuration = configuration;
      return this;
    }

    private CtyunConfiguration configuration() {
      if (configuration != null) {
        if (profile != null) {
          throw new IllegalStateException(
              "set the profile on the CtyunConfiguration given to configuration(), not both");
        }
        return configuration;
      }
      return CtyunConfiguration.loader().profile(profile).load();
    }

    /** TCP connect timeout (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "connectTimeout");
      return this;
    }

    /** Socket read timeout (default 30 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "readTimeout");
      return this;
    }

    /**
     * The most a whole call may take, all attempts and the waits between them included (default:
     * {@code call_timeout} of the configuration, else 2 min). A call out of time fails with a
     * {@link CtyunClientException}; no retry starts whose wait would not end before it.
     */
    public Builder apiCallTimeout(Duration timeout) {
      this.apiCallTimeout = positive(timeout, "apiCallTimeout");
      return this;
    }

    /**
     * The most one attempt may take, from connecting to the last byte of the answer (default: no
     * limit but the call's). Unlike {@link #readTimeout}, it also stops a server that trickles its
     * answer one byte at a time. A timed-out attempt is retried when the request is safe to retry.
     */
    public Builder apiCallAttemptTimeout(Duration timeout) {
      this.apiCallAttemptTimeout =
          timeout == null ? null : positive(timeout, "apiCallAttemptTimeout");
      return this;
    }

    /**
     * The largest response body accepted, in bytes (default 64 MiB); a larger answer fails with a
     * {@link CtyunClientException} without being read. Applies to the default transport.
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1) {
        throw new IllegalArgumentException("maxResponseBytes must be positive");
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }

    /**
     * The HTTP proxy of the transports the client creates (default: the JVM properties {@code
     * https.proxyHost} etc., else {@code HTTPS_PROXY}/{@code HTTP_PROXY} with {@code NO_PROXY},
     * else the {@code proxy} setting of the profile; {@link ProxyConfiguration#none()} for none).
     */
    public Builder proxy(ProxyConfiguration proxy) {
      this.proxy = proxy;
      return this;
    }

    /** The retry policy (default: 3 attempts). */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /** The clock for {@code Eop-date} (default: system clock; the zone is always Beijing). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Adds an interceptor; interceptors run in the order added. */
    public Builder addInterceptor(ExecutionInterceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /** Text appended to the {@code User-Agent}, e.g. {@code my-app/1.2}. */
    public Builder userAgentSuffix(String suffix) {
      this.userAgentSuffix = suffix;
      return this;
    }

    /**
     * A custom transport (the default is {@link UrlConnectionTransport}); {@link
     * CtyunClient#close()} leaves it open.
     */
    public Builder transport(HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /**
     * The transport of {@link CtyunClient#callAsync} and the typed async clients (default: the
     * first {@link AsyncHttpTransportProvider} on the class path, e.g. {@code ctyun-http-jdk}'s,
     * unless a blocking {@link #transport} is set). {@link CtyunClient#close()} leaves a transport
     * given here open.
     */
    public Builder asyncTransport(AsyncHttpTransport transport) {
      this.asyncTransport = transport;
      return this;
    }

    /**
     * Whether to look for an {@link AsyncHttpTransportProvider} on the class path when no
     * asynchronous transport is set (default true). With false and no {@link #asyncTransport}, the
     * typed async clients run blocking calls on their executor.
     */
    public Builder discoverAsyncTransport(boolean discover) {
      this.discoverAsyncTransport = discover;
      return this;
    }

    /** How to wait between attempts of blocking calls (tests record instead of sleeping). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The jitter source (default: a {@link SecureRandom}). */
    public Builder random(Random random) {
      this.random = random;
      return this;
    }

    /** Builds the client. */
    public CtyunClient build() {
      return new CtyunClient(this);
    }
  }
}
