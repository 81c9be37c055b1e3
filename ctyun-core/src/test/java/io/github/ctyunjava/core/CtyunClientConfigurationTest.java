package io.github.ctyunjava.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.auth.ProfileFile;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.config.ConfigurationException;
import io.github.ctyunjava.core.config.CtyunConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a client builder takes from the configuration when it is not told. */
class CtyunClientConfigurationTest {
  @TempDir Path home;

  private final Map<String, String> env = new HashMap<>();

  private CtyunConfiguration config() {
    env.put("HOME", home.toString());
    return CtyunConfiguration.loader().environment(env).load();
  }

  private void writeLocalProfile() {
    Path dir = home.resolve(".ctyun");
    ProfileFile.empty()
        .withProperty("local", "endpoint_url", "http://127.0.0.1:18080")
        .withProperty("local", "region_id", "region-local")
        .write(dir.resolve("config"));
    ProfileFile.empty()
        .withProperty("local", "access_key", "ak-local")
        .withProperty("local", "secret_key", "sk-local")
        .write(dir.resolve("credentials"));
  }

  @Test
  void ctyunProfileLocalGivesEndpointRegionAndCredentials() throws Exception {
    writeLocalProfile();
    env.put("CTYUN_PROFILE", "local");
    try (CtyunClient client = CtyunClient.builder().configuration(config()).build()) {
      assertThat(client.endpointFor("ctvpc")).isEqualTo("http://127.0.0.1:18080");
      assertThat(client.regionId()).isEqualTo("region-local");
      assertThat(client.toString()).doesNotContain("sk-local");
    }
    assertThat(config().credentialsProvider().resolveCredentials())
        .isEqualTo(Credentials.of("ak-local", "sk-local"));
  }

  @Test
  void withoutAnySettingTheClientUsesThePublicEndpoints() {
    try (CtyunClient client =
        CtyunClient.builder()
            .configuration(config())
            .credentialsProvider(StaticCredentialsProvider.create("ak", "sk"))
            .build()) {
      assertThat(client.endpointFor("ctvpc")).isEqualTo("https://ctvpc-global.ctapi.ctyun.cn");
      assertThat(client.regionId()).isNull();
    }
  }

  @Test
  void builderValuesBeatTheConfiguration() {
    writeLocalProfile();
    env.put("CTYUN_PROFILE", "local");
    env.put("CTYUN_REGION", "region-env");
    try (CtyunClient client =
        CtyunClient.builder()
            .configuration(config())
            .endpointOverride("http://localhost:9999")
            .regionId("region-builder")
            .build()) {
      assertThat(client.endpointFor("ctvpc")).isEqualTo("http://localhost:9999");
      assertThat(client.regionId()).isEqualTo("region-builder");
    }
    try (CtyunClient client = CtyunClient.builder().configuration(config()).build()) {
      assertThat(client.regionId()).isEqualTo("region-env");
    }
  }

  @Test
  void aMissingCaBundleFromTheEnvironmentNamesItsSource() {
    env.put("CTYUN_CA_BUNDLE", home.resolve("absent.pem").toString());
    assertThatThrownBy(() -> CtyunClient.builder().configuration(config()).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("env CTYUN_CA_BUNDLE")
        .hasMessageContaining("absent.pem");
  }

  @Test
  void aFileWithoutCertificatesIsNoCaBundle() throws Exception {
    Path notPem = home.resolve("not.pem");
    Files.write(notPem, "hello".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> CtyunClient.builder().configuration(config()).caBundle(notPem).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not.pem");
  }

  @Test
  void profileAndConfigurationTogetherAreRefused() {
    assertThatThrownBy(() -> CtyunClient.builder().configuration(config()).profile("local").build())
        .isInstanceOf(IllegalStateException.class);
  }
}
