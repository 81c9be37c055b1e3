package io.github.ctyunjava.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.auth.ProfileFile;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each row of the resolution table in docs/configuration.md. */
class CtyunConfigurationTest {
  @TempDir Path home;

  private final Map<String, String> env = new HashMap<>();

  private CtyunConfiguration load() {
    env.put("HOME", home.toString());
    return CtyunConfiguration.loader().environment(env).load();
  }

  private void profile(String name, String key, String value) {
    Path file = home.resolve(".ctyun").resolve("config");
    ProfileFile.read(file).withProperty(name, key, value).write(file);
  }

  private void credentials(String name, String ak, String sk) {
    Path file = home.resolve(".ctyun").resolve("credentials");
    ProfileFile.read(file)
        .withProperty(name, "access_key", ak)
        .withProperty(name, "secret_key", sk)
        .write(file);
  }

  /** Per setting: a valid value for each layer. */
  static Stream<Arguments> settings() {
    return Stream.of(
        Arguments.of(
            Setting.ENDPOINT_URL, "http://explicit:1", "http://env:2", "https://profile:3"),
        Arguments.of(Setting.REGION_ID, "region-explicit", "region-env", "region-profile"),
        Arguments.of(Setting.CA_BUNDLE, "/explicit/ca.pem", "/env/ca.pem", "/profile/ca.pem"));
  }

  @ParameterizedTest
  @MethodSource("settings")
  void explicitBeatsEnvironmentBeatsProfileBeatsDefault(
      Setting<?> setting, String explicit, String fromEnv, String fromProfile) {
    assertThat(load().get(setting)).isNull();
    assertThat(load().source(setting)).isEqualTo(CtyunConfiguration.Source.DEFAULT);

    profile("default", setting.profileKey(), fromProfile);
    assertThat(load().get(setting).toString()).isEqualTo(fromProfile);
    assertThat(load().describeSource(setting))
        .isEqualTo("profile 'default' of " + home.resolve(".ctyun").resolve("config"));

    env.put(setting.environmentVariable(), fromEnv);
    assertThat(load().get(setting).toString()).isEqualTo(fromEnv);
    assertThat(load().describeSource(setting)).isEqualTo("env " + setting.environmentVariable());

    CtyunConfiguration withExplicit =
        CtyunConfiguration.loader().environment(env).set(setting, explicit).load();
    assertThat(withExplicit.get(setting).toString()).isEqualTo(explicit);
    assertThat(withExplicit.source(setting)).isEqualTo(CtyunConfiguration.Source.EXPLICIT);
  }

  @Test
  void theEnvironmentVariablesAreTheDocumentedOnes() {
    assertThat(Setting.ENDPOINT_URL.environmentVariable()).isEqualTo("CTYUN_ENDPOINT_URL");
    assertThat(Setting.REGION_ID.environmentVariable()).isEqualTo("CTYUN_REGION");
    assertThat(Setting.CA_BUNDLE.environmentVariable()).isEqualTo("CTYUN_CA_BUNDLE");
    assertThat(Setting.CALL_TIMEOUT.environmentVariable()).isEqualTo("CTYUN_CALL_TIMEOUT");
    assertThat(Setting.PROXY.environmentVariable()).isEqualTo("CTYUN_PROXY");
    assertThat(Setting.standardSettings())
        .containsExactly(
            Setting.ENDPOINT_URL,
            Setting.REGION_ID,
            Setting.CA_BUNDLE,
            Setting.CALL_TIMEOUT,
            Setting.PROXY);
  }

  @Test
  void callTimeoutDefaultsToTwoMinutesAndReadsDurations() {
    assertThat(load().get(Setting.CALL_TIMEOUT)).isEqualTo(java.time.Duration.ofMinutes(2));
    assertThat(load().source(Setting.CALL_TIMEOUT)).isEqualTo(CtyunConfiguration.Source.DEFAULT);
    profile("default", "call_timeout", "45s");
    assertThat(load().get(Setting.CALL_TIMEOUT)).isEqualTo(java.time.Duration.ofSeconds(45));
    env.put("CTYUN_CALL_TIMEOUT", "500ms");
    assertThat(load().get(Setting.CALL_TIMEOUT)).isEqualTo(java.time.Duration.ofMillis(500));
    env.put("CTYUN_CALL_TIMEOUT", "0s");
    assertThatThrownBy(() -> load().get(Setting.CALL_TIMEOUT))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("env CTYUN_CALL_TIMEOUT")
        .hasMessageContaining("positive");
    env.put("CTYUN_CALL_TIMEOUT", "soon");
    assertThatThrownBy(() -> load().get(Setting.CALL_TIMEOUT))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("not a duration");
  }

  @Test
  void profileIsExplicitElseCtyunProfileElseDefault() {
    profile("default", "region_id", "r-default");
    profile("local", "region_id", "r-local");
    profile("other", "region_id", "r-other");
    assertThat(load().profileName()).isEqualTo("default");
    assertThat(load().regionId()).isEqualTo("r-default");
    env.put("CTYUN_PROFILE", "local");
    assertThat(load().regionId()).isEqualTo("r-local");
    assertThat(load().isProfileExplicit()).isFalse();
    CtyunConfiguration explicit =
        CtyunConfiguration.loader().environment(env).profile("other").load();
    assertThat(explicit.regionId()).isEqualTo("r-other");
    assertThat(explicit.isProfileExplicit()).isTrue();
  }

  @Test
  void homeIsTheHomeVariableElseUserHome() {
    assertThat(load().configFile()).isEqualTo(home.resolve(".ctyun").resolve("config"));
    assertThat(load().credentialsFile()).isEqualTo(home.resolve(".ctyun").resolve("credentials"));
    CtyunConfiguration noHome =
        CtyunConfiguration.loader().environment(new HashMap<String, String>()).load();
    assertThat(noHome.configFile())
        .isEqualTo(Paths.get(System.getProperty("user.home"), ".ctyun", "config"));
  }

  @Test
  void filesMoveWithTheirVariables() {
    Path config = home.resolve("elsewhere.ini");
    Path creds = home.resolve("keys.ini");
    ProfileFile.empty().withProperty("default", "region_id", "moved").write(config);
    ProfileFile.empty()
        .withProperty("default", "access_key", "ak-moved")
        .withProperty("default", "secret_key", "sk-moved")
        .write(creds);
    env.put("CTYUN_CONFIG_FILE", config.toString());
    env.put("CTYUN_SHARED_CREDENTIALS_FILE", creds.toString());
    CtyunConfiguration c = load();
    assertThat(c.configFile()).isEqualTo(config);
    assertThat(c.regionId()).isEqualTo("moved");
    assertThat(c.credentialsProvider().resolveCredentials())
        .isEqualTo(Credentials.of("ak-moved", "sk-moved"));
  }

  @Test
  void credentialsEnvironmentBeatsProfile() {
    credentials("default", "ak-file", "sk-file");
    assertThat(load().credentialsProvider().resolveCredentials())
        .isEqualTo(Credentials.of("ak-file", "sk-file"));
    env.put("CTYUN_ACCESS_KEY", "ak-long");
    env.put("CTYUN_SECRET_KEY", "sk-long");
    assertThat(load().credentialsProvider().resolveCredentials())
        .isEqualTo(Credentials.of("ak-long", "sk-long"));
    env.put("CTYUN_AK", "ak-env");
    env.put("CTYUN_SK", "sk-env");
    assertThat(load().credentialsProvider().resolveCredentials())
        .isEqualTo(Credentials.of("ak-env", "sk-env"));
  }

  @Test
  void anExplicitProfileUsesOnlyItsOwnKeys() {
    credentials("local", "ak-local", "sk-local");
    env.put("CTYUN_AK", "ak-env");
    env.put("CTYUN_SK", "sk-env");
    env.put("HOME", home.toString());
    assertThat(
            CtyunConfiguration.loader()
                .environment(env)
                .profile("local")
                .load()
                .credentialsProvider()
                .resolveCredentials())
        .isEqualTo(Credentials.of("ak-local", "sk-local"));
    // CTYUN_PROFILE names the profile but the environment's keys still come first
    env.put("CTYUN_PROFILE", "local");
    assertThat(load().credentialsProvider().resolveCredentials())
        .isEqualTo(Credentials.of("ak-env", "sk-env"));
  }

  @Test
  void aMalformedValueNamesItsSource() {
    profile("default", "endpoint_url", "ftp://nope");
    assertThatThrownBy(() -> load().endpointUrl())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("endpoint_url")
        .hasMessageContaining("profile 'default' of")
        .hasMessageContaining("http://");
    env.put("CTYUN_REGION", "two words");
    assertThatThrownBy(() -> load().regionId())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("env CTYUN_REGION");
  }

  @Test
  void aNewSettingResolvesByTheSameTable() {
    Setting<Integer> timeout =
        Setting.of("call_timeout_seconds", "CTYUN_CALL_TIMEOUT_SECONDS", Integer::valueOf, 30);
    assertThat(load().get(timeout)).isEqualTo(30);
    profile("default", "call_timeout_seconds", "45");
    assertThat(load().get(timeout)).isEqualTo(45);
    env.put("CTYUN_CALL_TIMEOUT_SECONDS", "5");
    assertThat(load().get(timeout)).isEqualTo(5);
  }
}
