package io.github.ctyunjava.local.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.local.CtyunLocal;
import java.util.UUID;

/** Calls the emulator's API as a signed client and checks envelopes (tests only). */
public final class Api {
  public static final String REGION = "81f7728662dd11ec810800155d307d5b";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final EopClient client;

  public Api(CtyunLocal local, TestClock clock) {
    this(local, Credentials.of(Local.AK, Local.SK), clock);
  }

  public Api(CtyunLocal local, Credentials credentials, TestClock clock) {
    this.client = new EopClient(local.port(), credentials, clock);
  }

  /** A body with regionID and a fresh clientToken plus {@code k1, v1, ...}. */
  public static ObjectNode body(Object... kv) {
    ObjectNode n = JSON.createObjectNode();
    n.put("regionID", REGION);
    n.put("clientToken", UUID.randomUUID().toString());
    for (int i = 0; i < kv.length; i += 2) {
      n.set((String) kv[i], JSON.valueToTree(kv[i + 1]));
    }
    return n;
  }

  public RawHttp.Answer post(String path, JsonNode body) {
    return client.post(path, body.toString());
  }

  public RawHttp.Answer get(String path, String... kv) {
    return getIn(REGION, path, kv);
  }

  /** A GET in another region. */
  public RawHttp.Answer getIn(String region, String path, String... kv) {
    String[] all = new String[kv.length + 2];
    all[0] = "regionID";
    all[1] = region;
    System.arraycopy(kv, 0, all, 2, kv.length);
    return client.get(path, all);
  }

  /** Asserts success and returns the whole envelope. */
  public static JsonNode ok(RawHttp.Answer a) {
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.statusCode()).as(a.body()).isEqualTo(800);
    assertThat(a.errorCode()).isEqualTo("SUCCESS");
    assertThat(a.json().path("message").asText()).isEqualTo("success");
    assertThat(a.json().path("description").asText()).isEqualTo("成功");
    SpecShapes.check(a.target(), a.json());
    return a.json();
  }

  /** Asserts a business error with the code, English message and Chinese description. */
  public static JsonNode fails(RawHttp.Answer a, String errorCode) {
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.statusCode()).as(a.body()).isEqualTo(900);
    assertThat(a.errorCode()).as(a.body()).isEqualTo(errorCode);
    assertThat(a.json().path("error").asText()).isEqualTo(errorCode);
    assertThat(a.json().path("message").asText()).isNotBlank();
    assertThat(a.json().path("description").asText()).matches(".*[\\u4e00-\\u9fa5].*");
    return a.json();
  }

  public String createVpc(String name, String cidr) {
    return ok(post("/v4/vpc/create", body("name", name, "CIDR", cidr)))
        .path("returnObj")
        .path("vpcID")
        .asText();
  }

  public String createSubnet(String vpcId, String name, String cidr) {
    return ok(post("/v4/vpc/create-subnet", body("vpcID", vpcId, "name", name, "CIDR", cidr)))
        .path("returnObj")
        .path("subnetID")
        .asText();
  }
}
