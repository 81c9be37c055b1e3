package io.github.ctyunjava.vpce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.RetryPolicy;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.config.CtyunConfiguration;
import io.github.ctyunjava.core.http.HttpRequest;
import io.github.ctyunjava.core.http.HttpResponse;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.vpce.model.CreateVpcRequest;
import io.github.ctyunjava.vpce.model.ListVpcsRequest;
import io.github.ctyunjava.vpce.model.ListVpcsResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A typed client built with nothing but the configuration: profile {@code local} as {@code ctyun
 * local start} writes it, and the default {@code regionID} from the environment or profile.
 */
class ConfiguredClientTest {
  static final String REGION = "81f7728662dd11ec810800155d307d5b";

  @TempDir Path tmp;

  private final Map<String, String> env = new HashMap<>();

  private CtyunConfiguration config() {
    env.put("HOME", tmp.resolve("home").toString());
    return CtyunConfiguration.loader().environment(env).load();
  }

  @Test
  void ctyunProfileLocalReachesTheEmulatorThatWroteIt() {
    try (CtyunLocal local =
        CtyunLocal.builder()
            .port(0)
            .dataDir(tmp.resolve("data"))
            .credentialsFile(tmp.resolve("home/.ctyun/credentials"))
            .build()
            .start()) {
      env.put("CTYUN_PROFILE", "local");
      env.put("CTYUN_REGION", REGION);
      try (VpceClient client = VpceClient.builder().core(b -> b.configuration(config())).build()) {
        ListVpcsResponse vpcs = client.listVpcs(ListVpcsRequest.builder().build());
        assertThat(vpcs.vpcs()).isEmpty();
      }
    }
  }

  @Test
  void theDefaultRegionFillsOnlyAnUnsetRequiredRegionId() {
    List<HttpRequest> sent = new ArrayList<>();
    try (VpceClient client =
        VpceClient.builder()
            .core(
                b ->
                    b.configuration(config())
                        .credentialsProvider(StaticCredentialsProvider.create("ak", "sk"))
                        .endpointOverride("http://127.0.0.1:9")
                        .retryPolicy(RetryPolicy.none())
                        .transport(
                            request -> {
                              sent.add(request);
                              return new HttpResponse(
                                  200,
                                  Collections.<String, List<String>>emptyMap(),
                                  "{\"statusCode\":800,\"returnObj\":{}}"
                                      .getBytes(StandardCharsets.UTF_8));
                            }))
            .regionId("region-default")
            .build()) {
      client.listVpcs(ListVpcsRequest.builder().build());
      assertThat(sent.get(0).url()).contains("regionID=region-default");

      client.listVpcs(ListVpcsRequest.builder().regionId("region-own").build());
      assertThat(sent.get(1).url()).contains("regionID=region-own").doesNotContain("default");

      client.createVpc(CreateVpcRequest.builder().name("vpc-1").cidr("192.168.0.0/16").build());
      assertThat(new String(sent.get(2).body(), StandardCharsets.UTF_8))
          .contains("\"regionID\":\"region-default\"");
    }
  }

  @Test
  void withoutAnyRegionTheRequiredFieldIsStillChecked() {
    try (VpceClient client =
        VpceClient.builder()
            .core(
                b ->
                    b.configuration(config())
                        .credentialsProvider(StaticCredentialsProvider.create("ak", "sk"))
                        .endpointOverride("http://127.0.0.1:9"))
            .build()) {
      assertThatThrownBy(() -> client.listVpcs(ListVpcsRequest.builder().build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("regionId is required");
    }
  }
}
