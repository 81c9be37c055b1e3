package io.github.ctyunjava.cli.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.cli.output.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Calls the admin endpoints ({@code /_ctyun/...}) of a running emulator with the admin token it
 * recorded in its run files.
 */
final class LocalAdminCalls {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final String TOKEN_HEADER = "X-Ctyun-Admin-Token";

  private final LocalRunFiles.State state;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  LocalAdminCalls(LocalRunFiles.State state) {
    this.state = state;
  }

  /** {@code GET /_ctyun/<name>}: the {@code returnObj} of the answer. */
  JsonNode get(String name) {
    return send(request(name).GET());
  }

  /** {@code POST /_ctyun/<name>} without a body: the {@code returnObj} of the answer. */
  JsonNode post(String name) {
    return send(request(name).POST(HttpRequest.BodyPublishers.noBody()));
  }

  private HttpRequest.Builder request(String name) {
    return HttpRequest.newBuilder(URI.create(state.endpoint() + "/_ctyun/" + name))
        .timeout(TIMEOUT)
        .header(TOKEN_HEADER, state.adminToken());
  }

  private JsonNode send(HttpRequest.Builder request) {
    HttpRequest r = request.build();
    HttpResponse<byte[]> answer;
    try {
      answer = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach ctyun-local at " + state.endpoint(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted calling ctyun-local", e);
    }
    JsonNode json = Json.parseOrNull(answer.body());
    if (answer.statusCode() != 200 || json == null) {
      String code = json == null ? "" : json.path("errorCode").asText("");
      throw new IllegalStateException(
          "ctyun-local answered "
              + r.uri().getPath()
              + " with HTTP "
              + answer.statusCode()
              + (code.isEmpty() ? "" : " (" + code + ")"));
    }
    return json.path("returnObj");
  }
}
