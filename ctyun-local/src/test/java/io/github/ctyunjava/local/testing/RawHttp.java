package io.github.ctyunjava.local.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A minimal HTTP/1.1 client that writes the request line byte for byte (tests only). */
public final class RawHttp {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RawHttp() {}

  /** The answer. */
  public record Answer(String target, int status, Map<String, String> headers, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    public String errorCode() {
      return json().path("errorCode").asText();
    }

    public int statusCode() {
      return json().path("statusCode").asInt();
    }

    public JsonNode returnObj() {
      return json().path("returnObj");
    }
  }

  /** Sends one request with {@code Connection: close}. */
  public static Answer send(
      int port, String method, String target, Map<String, String> headers, byte[] body) {
    ByteArrayOutputStream req = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Host", "localhost:" + port);
    h.putAll(headers);
    h.put("Connection", "close");
    if (body != null) {
      h.put("Content-Length", String.valueOf(body.length));
    }
    h.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("\r\n");
    req.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    if (body != null) {
      req.writeBytes(body);
    }
    Answer a = exchange(port, req.toByteArray());
    return new Answer(target, a.status(), a.headers(), a.body());
  }

  /** Writes raw bytes and reads the answer until the server closes. */
  public static Answer exchange(int port, byte[] request) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(request);
      out.flush();
      InputStream in = s.getInputStream();
      byte[] all = in.readAllBytes();
      return parse(all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer parse(byte[] all) {
    int end = -1;
    for (int i = 0; i + 3 < all.length; i++) {
      if (all[i] == '\r' && all[i + 1] == '\n' && all[i + 2] == '\r' && all[i + 3] == '\n') {
        end = i;
        break;
      }
    }
    if (end < 0) {
      throw new AssertionError("no HTTP header end in: " + new String(all, StandardCharsets.UTF_8));
    }
    String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int c = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, c).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(c + 1).trim());
    }
    if (headers.containsKey("transfer-encoding")) {
      throw new AssertionError("unexpected chunked answer");
    }
    int len =
        headers.containsKey("content-length")
            ? Integer.parseInt(headers.get("content-length"))
            : all.length - end - 4;
    return new Answer("", status, headers, new String(all, end + 4, len, StandardCharsets.UTF_8));
  }
}
