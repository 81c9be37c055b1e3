package io.github.ctyunjava.bench;

import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.signer.EopSignature;
import io.github.ctyunjava.core.signer.EopSigner;
import io.github.ctyunjava.core.signer.SignableRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Signer throughput: a GET with three query parameters and a POST with a 1 KB JSON body, each with
 * and without the derived-key cache, against a bare SHA-256 of the same body (the physical floor:
 * every signature must hash the body once).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class SignerBenchmark {
  private static final String EOP_DATE = "20240611T101530Z";
  private static final String REQUEST_ID = "0ffb9b07-d5a8-4e19-b3ce-12dfb9705a1d";

  private final Credentials credentials =
      Credentials.of("4a4bdc57e06542199b5f98d4cd107be2", "173615ae4177c04f8a3e2b9d1f0e6d17b1c3ed");
  private final EopSigner cached = EopSigner.builder().keyCache(true).build();
  private final EopSigner uncached = EopSigner.builder().keyCache(false).build();
  private SignableRequest get;
  private SignableRequest post;
  private byte[] body;
  private MessageDigest sha256;

  /** Builds the requests once; signing is what is measured. */
  @Setup
  public void setUp() throws NoSuchAlgorithmException {
    get =
        SignableRequest.builder()
            .method("GET")
            .path("/v4/vpce/list-endpoint")
            .addQueryParam("regionID", "81f7728662dd11ec810800155d307d5b")
            .addQueryParam("pageNo", "1")
            .addQueryParam("pageSize", "10")
            .build();
    body = oneKilobyteJson();
    post =
        SignableRequest.builder()
            .method("POST")
            .path("/v4/vpce/create-endpoint")
            .body(body)
            .build();
    sha256 = MessageDigest.getInstance("SHA-256");
  }

  static byte[] oneKilobyteJson() {
    StringBuilder sb = new StringBuilder("{\"regionID\":\"81f7728662dd11ec810800155d307d5b\"");
    int i = 0;
    while (sb.length() < 1000) {
      sb.append(",\"field").append(i).append("\":\"value-").append(i++).append('"');
    }
    while (sb.length() < 1023) {
      sb.append(' ');
    }
    sb.append('}');
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (bytes.length != 1024) {
      throw new IllegalStateException("body is " + bytes.length + " bytes");
    }
    return bytes;
  }

  @Benchmark
  public EopSignature getCached() {
    return cached.sign(get, credentials, EOP_DATE, REQUEST_ID);
  }

  @Benchmark
  public EopSignature getUncached() {
    return uncached.sign(get, credentials, EOP_DATE, REQUEST_ID);
  }

  @Benchmark
  public EopSignature post1kCached() {
    return cached.sign(post, credentials, EOP_DATE, REQUEST_ID);
  }

  @Benchmark
  public EopSignature post1kUncached() {
    return uncached.sign(post, credentials, EOP_DATE, REQUEST_ID);
  }

  @Benchmark
  public byte[] sha256Of1kBaseline() {
    return sha256.digest(body);
  }
}
