package io.github.ctyunjava.cli.operation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.cli.CliRunner;
import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.core.testing.SignatureVector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code ctyun sign} reproduces every vector of shared/vectors/eop-signature-vectors.json. */
class SignVectorsTest {
  /** Bodies above this size go through --body-file, as a user would pass them. */
  private static final int INLINE_BODY_LIMIT = 4096;

  @TempDir Path tmp;

  static List<SignatureVector> vectors() {
    List<SignatureVector> all = SignatureVector.all();
    assertThat(all).hasSizeGreaterThanOrEqualTo(48);
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void reproducesVector(SignatureVector v) throws Exception {
    List<String> args = new ArrayList<>();
    args.add("sign");
    args.add("--method=" + v.method);
    args.add("--path=" + v.path);
    for (QueryParam p : v.query) {
      args.add("--param=" + p.name() + "=" + p.value());
    }
    if (v.body != null) {
      if (v.body.length() > INLINE_BODY_LIMIT) {
        Path file = tmp.resolve("body.bin");
        Files.write(file, v.body.getBytes(StandardCharsets.UTF_8));
        args.add("--body-file=" + file);
      } else {
        args.add("--body=" + v.body);
      }
    }
    args.add("--date=" + v.eopDate);
    args.add("--request-id=" + v.requestId);
    args.add("--query-style=" + v.style().name().toLowerCase(Locale.ROOT));
    args.add("--ak=" + v.ak);
    args.add("--sk=" + v.sk);

    CliRunner.Result r = new CliRunner().run(args.toArray(new String[0]));

    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("queryCanonical").asText()).isEqualTo(v.expectedCanonical);
    assertThat(json.get("stringToSign").asText()).isEqualTo(v.expectedStringToSign);
    assertThat(json.get("signature").asText()).isEqualTo(v.expectedSignature);
    assertThat(json.get("wireQuery").asText()).isEqualTo(v.wireQuery);
    JsonNode headers = json.get("headers");
    assertThat(headers.get("ctyun-eop-request-id").asText()).isEqualTo(v.requestId);
    assertThat(headers.get("Eop-date").asText()).isEqualTo(v.eopDate);
    assertThat(headers.get("Eop-Authorization").asText()).isEqualTo(v.expectedAuthorization);
    assertThat(r.err()).isEmpty();
  }
}
