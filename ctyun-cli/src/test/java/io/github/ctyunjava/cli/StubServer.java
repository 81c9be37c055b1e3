package io.github.ctyunjava.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/** A local HTTP server that records requests and answers with a configurable status and body. */
public final class StubServer implements AutoCloseable {
  public static final String SUCCESS =
      "{\"statusCode\":800,\"message\":\"success\",\"description\":\"成功\","
          + "\"errorCode\":\"SUCCESS\",\"returnObj\":{\"ok\":true}}";

  /** One request as the server saw it. */
  public record Received(
      String method, String pathQuery, Map<String, String> headers, byte[] body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private final Server server = new Server();
  private final ServerConnector connector = new ServerConnector(server);
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int status = 200;
  private volatile String body = SUCCESS;

  public StubServer() throws Exception {
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            Map<String, String> headers = new TreeMap<>();
            for (HttpField f : request.getHeaders()) {
              headers.put(f.getLowerCaseName(), f.getValue());
            }
            byte[] bytes = Content.Source.asInputStream(request).readAllBytes();
            received.add(
                new Received(
                    request.getMethod(), request.getHttpURI().getPathQuery(), headers, bytes));
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
            Content.Sink.write(response, true, body, callback);
            return true;
          }
        });
    server.start();
  }

  /** The next answers. */
  public StubServer answer(int status, String body) {
    this.status = status;
    this.body = body;
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + connector.getLocalPort();
  }

  public List<Received> received() {
    return received;
  }

  public Received last() {
    return received.get(received.size() - 1);
  }

  public static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
