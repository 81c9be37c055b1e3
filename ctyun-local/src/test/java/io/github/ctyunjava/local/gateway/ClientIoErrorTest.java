package io.github.ctyunjava.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.testing.Local;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client that breaks its own body (short or malformed chunked encoding) gets a 400 JSON rejection
 * and costs the log one line, never a stack trace or a retryable 503.
 */
class ClientIoErrorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static CtyunLocal local;

  @BeforeAll
  static void start() {
    local = Local.start(dir, Local.clock());
  }

  @AfterAll
  static void stop() {
    local.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10\r\nabc", // the client closes after 3 of 16 announced bytes
        "zz\r\nabc\r\n0\r\n\r\n", // not a chunk size
        "5\r\nabcdefgh\r\n0\r\n\r\n", // chunk longer than announced
      })
  void brokenChunkedBodyIsA400WithOneLogLine(String chunks) throws Exception {
    String head =
        "POST /v4/vpc/create HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    String answer;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (Socket s = new Socket("127.0.0.1", local.port())) {
      s.setSoTimeout(20_000);
      s.getOutputStream().write((head + chunks).getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
      s.shutdownOutput();
      InputStream in = s.getInputStream();
      answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } finally {
      System.setErr(original);
    }
    assertThat(answer).startsWith("HTTP/1.1 400 ");
    JsonNode body = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    assertThat(body.path("statusCode").asInt()).isEqualTo(400);
    assertThat(body.path("errorCode").asText()).isEqualTo("Eop.Request.Malformed");
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).doesNotContain("Eop.Internal.Error").doesNotContain("\tat ");
    assertThat(log.lines().filter(l -> !l.isBlank()).count()).as(log).isLessThanOrEqualTo(1);
  }
}
