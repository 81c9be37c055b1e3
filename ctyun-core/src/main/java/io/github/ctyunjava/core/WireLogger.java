package io.github.ctyunjava.core;

import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every exchange at DEBUG on the logger {@value #LOGGER_NAME}, with the signature, secret
 * fields and credential headers masked. Installed in every client; silent unless DEBUG is on.
 */
public final class WireLogger implements ExecutionInterceptor {
  /** The logger name to enable for wire logs. */
  public static final String LOGGER_NAME = "io.github.ctyunjava.wire";

  private static final int MAX_BODY_CHARS = 16_384;
  private final Logger log;

  /** A wire logger on {@value #LOGGER_NAME}. */
  public WireLogger() {
    this(LoggerFactory.getLogger(LOGGER_NAME));
  }

  WireLogger(Logger log) {
    this.log = log;
  }

  @Override
  public void beforeTransmission(HttpRequest request) {
    if (!log.isDebugEnabled()) {
      return;
    }
    StringBuilder sb = new StringBuilder("> ");
    sb.append(request.method()).append(' ').append(Redaction.query(request.url()));
    for (Map.Entry<String, String> h : request.headers()) {
      sb.append("\n> ").append(h.getKey()).append(": ");
      sb.append(Redaction.header(h.getKey(), h.getValue()));
    }
    appendBody(sb, "> ", request.body());
    log.debug(sb.toString());
  }

  @Override
  public void afterTransmission(HttpRequest request, HttpResponse response) {
    if (!log.isDebugEnabled()) {
      return;
    }
    StringBuilder sb = new StringBuilder("< HTTP ").append(response.status());
    for (Map.Entry<String, List<String>> h : response.headers().entrySet()) {
      for (String v : h.getValue()) {
        sb.append("\n< ").append(h.getKey()).append(": ");
        sb.append(Redaction.header(h.getKey(), v));
      }
    }
    appendBody(sb, "< ", response.body());
    log.debug(sb.toString());
  }

  private static void appendBody(StringBuilder sb, String prefix, byte[] body) {
    if (body.length == 0) {
      return;
    }
    // decode only what can be shown: a 50 MB body must not become a 100 MB string
    int take = Math.min(body.length, MAX_BODY_CHARS * 4);
    String text = new String(body, 0, take, StandardCharsets.UTF_8);
    if (text.length() > MAX_BODY_CHARS || take < body.length) {
      text =
          text.substring(0, Math.min(text.length(), MAX_BODY_CHARS))
              + "... ("
              + body.length
              + " bytes)";
    }
    sb.append('\n').append(prefix).append(Redaction.query(Redaction.json(text)));
  }
}
