package io.github.ctyunjava.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;

class RedactionTest {
  @Test
  void authorizationKeepsAkMasksSignature() {
    assertThat(
            Redaction.authorization("AK1 Headers=ctyun-eop-request-id;eop-date Signature=abc+/=="))
        .isEqualTo("AK1 Headers=ctyun-eop-request-id;eop-date Signature=****");
  }

  @Test
  void jsonSecretFieldsAreMaskedWhateverTheirType() {
    String json =
        "{\"name\":\"a\",\"password\":\"p@\\\"ss\",\"adminPassword\":123,\"sk\":\"s\","
            + "\"clientSecret\":\"c\",\"nested\":{\"userPassword\":\"x\"}}";
    String out = Redaction.json(json);
    assertThat(out)
        .contains("\"name\":\"a\"")
        .doesNotContain("p@")
        .doesNotContain("123")
        .doesNotContain("\"s\"")
        .doesNotContain("\"c\"")
        .doesNotContain("\"x\"");
  }

  @Test
  void clientTokenIsAnIdempotencyKeyNotASecret() {
    assertThat(Redaction.json("{\"clientToken\":\"ct-1\",\"securityToken\":\"st\"}"))
        .contains("\"clientToken\":\"ct-1\"")
        .doesNotContain("\"st\"");
    assertThat(Redaction.query("a=1&clientToken=ct-1&accessToken=x"))
        .isEqualTo("a=1&clientToken=ct-1&accessToken=****");
  }

  @Test
  void querySecretsAreMasked() {
    assertThat(Redaction.query("http://h/p?a=1&userPassword=pw&b=2&sk=x"))
        .isEqualTo("http://h/p?a=1&userPassword=****&b=2&sk=****");
  }

  @Test
  void wireLoggerNeverPrintsSignatureOrSecrets() {
    RecordingLogger log = new RecordingLogger();
    WireLogger wire = new WireLogger(log);
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    headers.add(
        new SimpleImmutableEntry<>(
            "Eop-Authorization",
            "AKVISIBLE Headers=ctyun-eop-request-id;eop-date Signature=SIGVALUE123="));
    headers.add(new SimpleImmutableEntry<>("Eop-date", "20240611T101530Z"));
    HttpRequest req =
        new HttpRequest(
            "POST",
            "http://h/v4/x?password=qp",
            headers,
            "{\"password\":\"bodypw\",\"name\":\"n\"}".getBytes(StandardCharsets.UTF_8));
    wire.beforeTransmission(req);
    wire.afterTransmission(
        req,
        new HttpResponse(
            200,
            Collections.singletonMap("Set-Cookie", Arrays.asList("session=abc")),
            "{\"returnObj\":{\"secretKey\":\"leak\"}}".getBytes(StandardCharsets.UTF_8)));
    String all = String.join("\n", log.lines);
    assertThat(all)
        .contains("AKVISIBLE", "POST http://h/v4/x", "20240611T101530Z", "\"name\":\"n\"")
        .doesNotContain("SIGVALUE123")
        .doesNotContain("bodypw")
        .doesNotContain("qp")
        .doesNotContain("leak")
        .doesNotContain("session=abc");
  }

  /** Records DEBUG messages. */
  static final class RecordingLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;
    final List<String> lines = new ArrayList<>();

    RecordingLogger() {
      this.name = "test";
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
        Level level, Marker marker, String msg, Object[] args, Throwable t) {
      lines.add(msg);
    }

    @Override
    public boolean isTraceEnabled() {
      return true;
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isDebugEnabled() {
      return true;
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return true;
    }
  }
}
