package io.github.ctyunjava.core.testing;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * A real HTTP server for client tests. It records every request as received on the wire and checks
 * its EOP signature with an implementation of its own (raw query split on {@code &}, stable-sorted
 * by decoded key, joined as received), independent of the SDK's signer. Answers come from a script
 * of {@link Answer}s, then a default.
 */
public final class TestEopServer implements AutoCloseable {
  /** A scripted answer. */
  public static final class Answer {
    final int status;
    final String body;
    final Map<String, String> headers = new LinkedHashMap<>();

    private Answer(int status, String body) {
      this.status = status;
      this.body = body;
    }

    /** An answer with this status and JSON body. */
    public static Answer of(int status, String body) {
      return new Answer(status, body);
    }

    /** The 800 envelope around {@code returnObjJson}. */
    public static Answer success(String returnObjJson) {
      return of(
          200,
          "{\"statusCode\":800,\"errorCode\":\"SUCCESS\",\"message\":\"success\","
              + "\"description\":\"成功\",\"returnObj\":"
              + returnObjJson
              + "}");
    }

    /** A 900 business error. */
    public static Answer failure(String errorCode, String message, String description) {
      return of(
          200,
          "{\"statusCode\":900,\"errorCode\":\""
              + errorCode
              + "\",\"error\":\""
              + errorCode
              + "\",\"message\":\""
              + message
              + "\",\"description\":\""
              + description
              + "\",\"returnObj\":null}");
    }

    /** Adds a response header. */
    public Answer header(String name, String value) {
      headers.put(name, value);
      return this;
    }
  }

  /** One request as the server saw it. */
  public static final class Received {
    public final String method;
    public final String path;
    public final String rawQuery;
    public final Map<String, String> headers;
    public final byte[] body;
    public final boolean signatureValid;
    public final String canonicalQuery;
    public final String connectionId;

    Received(
        String method,
        String path,
        String rawQuery,
        Map<String, String> headers,
        byte[] body,
        boolean signatureValid,
        String canonicalQuery,
        String connectionId) {
      this.method = method;
      this.path = path;
      this.rawQuery = rawQuery;
      this.headers = headers;
      this.body = body;
      this.signatureValid = signatureValid;
      this.canonicalQuery = canonicalQuery;
      this.connectionId = connectionId;
    }

    /** A header by case-insensitive name. */
    public String header(String name) {
      for (Map.Entry<String, String> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue();
        }
      }
      return null;
    }

    /** The signature part of Eop-Authorization. */
    public String signature() {
      String auth = header("Eop-Authorization");
      return auth == null ? null : auth.substring(auth.indexOf("Signature=") + 10);
    }
  }

  private final String ak;
  private final String sk;
  private final String scheme;
  private final Server server;
  private final ServerConnector connector;
  private final ConcurrentLinkedQueue<Function<Received, Answer>> script =
      new ConcurrentLinkedQueue<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Function<Received, Answer> fallback = r -> Answer.success("{}");

  /** The EOP documentation's sample access key, for tests that need any valid pair. */
  public static final String SAMPLE_AK = "4a4bdc57e06542199b5f98d4cd107be2";

  /** The secret key that goes with {@link #SAMPLE_AK}. */
  public static final String SAMPLE_SK = "173615ae4177c04f8a3e2b9d1f0e6d17b1c3ed";

  /** Starts a server that accepts signatures by the sample key pair. */
  public static TestEopServer withSampleKeys() throws Exception {
    return new TestEopServer(SAMPLE_AK, SAMPLE_SK);
  }

  /** A client builder signed with this server's key pair and pointed at it. */
  public CtyunClient.Builder clientBuilder() {
    return CtyunClient.builder()
        .credentialsProvider(StaticCredentialsProvider.create(ak, sk))
        .endpointOverride(endpoint());
  }

  /** Starts a server on a free loopback port that accepts signatures by {@code ak}/{@code sk}. */
  public TestEopServer(String ak, String sk) throws Exception {
    this(ak, sk, null);
  }

  /**
   * Starts an HTTPS server when {@code tls} is given (e.g. a self-signed certificate), HTTP
   * otherwise.
   */
  public TestEopServer(String ak, String sk, SslContextFactory.Server tls) throws Exception {
    this.ak = ak;
    this.sk = sk;
    this.scheme = tls == null ? "http" : "https";
    server = new Server();
    HttpConfiguration config = new HttpConfiguration();
    config.setSendDateHeader(false);
    config.setSendServerVersion(false);
    HttpConnectionFactory http = new HttpConnectionFactory(config);
    connector =
        tls == null
            ? new ServerConnector(server, http)
            : new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"), http);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(new Recorder());
    server.start();
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String endpoint() {
    return scheme + "://127.0.0.1:" + connector.getLocalPort();
  }

  /** Queues answers, used in order before the fallback. */
  public TestEopServer enqueue(Answer... answers) {
    for (Answer a : answers) {
      script.add(r -> a);
    }
    return this;
  }

  /** Queues an answer computed from the request. */
  public TestEopServer enqueue(Function<Received, Answer> answer) {
    script.add(answer);
    return this;
  }

  /** The answer once the script is used up. */
  public TestEopServer fallback(Function<Received, Answer> answer) {
    this.fallback = answer;
    return this;
  }

  /** Everything received so far. */
  public List<Received> received() {
    return Collections.unmodifiableList(new ArrayList<>(received));
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }

  private final class Recorder extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      ByteBuffer buffer = Content.Source.asByteBuffer(request);
      byte[] body = new byte[buffer.remaining()];
      buffer.get(body);
      Map<String, String> headers = new LinkedHashMap<>();
      for (HttpField f : request.getHeaders()) {
        headers.put(f.getName(), f.getValue());
      }
      String rawQuery = request.getHttpURI().getQuery();
      String canonical = canonical(rawQuery);
      Received r =
          new Received(
              request.getMethod(),
              request.getHttpURI().getPath(),
              rawQuery,
              headers,
              body,
              verify(headers, canonical, body),
              canonical,
              request.getConnectionMetaData().getId());
      received.add(r);
      Function<Received, Answer> next = script.poll();
      Answer a = (next != null ? next : fallback).apply(r);
      response.setStatus(a.status);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
      for (Map.Entry<String, String> h : a.headers.entrySet()) {
        response.getHeaders().put(h.getKey(), h.getValue());
      }
      Content.Sink.write(response, true, a.body, callback);
      return true;
    }
  }

  static String canonical(String rawQuery) throws Exception {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> pairs = new ArrayList<>();
    for (String p : rawQuery.split("&")) {
      if (!p.isEmpty()) {
        pairs.add(p);
      }
    }
    List<String> keys = new ArrayList<>();
    for (String p : pairs) {
      int eq = p.indexOf('=');
      keys.add(URLDecoder.decode(eq < 0 ? p : p.substring(0, eq), "UTF-8"));
    }
    Integer[] order = new Integer[pairs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (x, y) ->
            Arrays.compareUnsigned(
                keys.get(x).getBytes(StandardCharsets.UTF_8),
                keys.get(y).getBytes(StandardCharsets.UTF_8)));
    StringBuilder sb = new StringBuilder();
    for (Integer i : order) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(pairs.get(i));
    }
    return sb.toString();
  }

  private boolean verify(Map<String, String> headers, String canonical, byte[] body) {
    try {
      Map<String, String> h = new LinkedHashMap<>();
      headers.forEach((k, v) -> h.put(k.toLowerCase(), v));
      String requestId = h.get("ctyun-eop-request-id");
      String date = h.get("eop-date");
      String auth = h.get("eop-authorization");
      if (requestId == null || date == null || auth == null) {
        return false;
      }
      StringBuilder hex = new StringBuilder();
      for (byte b : MessageDigest.getInstance("SHA-256").digest(body)) {
        hex.append(String.format("%02x", b));
      }
      String sts =
          "ctyun-eop-request-id:"
              + requestId
              + "\neop-date:"
              + date
              + "\n\n"
              + canonical
              + "\n"
              + hex;
      byte[] kTime = hmac(sk.getBytes(StandardCharsets.UTF_8), date);
      byte[] kAk = hmac(kTime, ak);
      byte[] kDate = hmac(kAk, date.substring(0, 8));
      String expected =
          ak
              + " Headers=ctyun-eop-request-id;eop-date Signature="
              + Base64.getEncoder().encodeToString(hmac(kDate, sts));
      return MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.UTF_8), auth.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      return false;
    }
  }

  private static byte[] hmac(byte[] key, String msg) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(msg.getBytes(StandardCharsets.UTF_8));
  }
}
