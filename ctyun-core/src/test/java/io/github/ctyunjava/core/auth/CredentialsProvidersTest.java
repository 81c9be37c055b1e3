package io.github.ctyunjava.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsProvidersTest {
  @TempDir Path tmp;

  @Test
  void toStringNeverShowsTheSecret() {
    Credentials c = Credentials.of("AKIDEXAMPLE1234567890abcd", "very-secret-sk-value");
    assertThat(c.toString())
        .doesNotContain("very-secret")
        .doesNotContain("AKIDEXAMPLE")
        .contains("abcd");
    assertThat(StaticCredentialsProvider.create(c).toString()).doesNotContain("very-secret");
  }

  @Test
  void environmentProviderReadsBothSpellings() {
    Map<String, String> env = new HashMap<>();
    env.put("CTYUN_ACCESS_KEY", "ak2");
    env.put("CTYUN_SECRET_KEY", "sk2");
    assertThat(EnvironmentCredentialsProvider.create(env).resolveCredentials())
        .isEqualTo(Credentials.of("ak2", "sk2"));
    env.put("CTYUN_AK", "ak1");
    env.put("CTYUN_SK", "sk1");
    assertThat(EnvironmentCredentialsProvider.create(env).resolveCredentials())
        .isEqualTo(Credentials.of("ak1", "sk1"));
  }

  @Test
  void environmentProviderExplainsWhatIsMissing() {
    assertThatThrownBy(
            () -> EnvironmentCredentialsProvider.create(new HashMap<>()).resolveCredentials())
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("CTYUN_AK");
  }

  @Test
  void systemPropertiesProvider() {
    System.setProperty("ctyun.ak", "pak");
    System.setProperty("ctyun.sk", "psk");
    try {
      assertThat(SystemPropertyCredentialsProvider.create().resolveCredentials())
          .isEqualTo(Credentials.of("pak", "psk"));
    } finally {
      System.clearProperty("ctyun.ak");
      System.clearProperty("ctyun.sk");
    }
  }

  @Test
  void profileFileSectionsCommentsAndAliases() throws Exception {
    Path file = tmp.resolve("credentials");
    Files.write(
        file,
        ("# comment\n[default]\naccess_key = dak\nsecret_key = dsk\n\n"
                + "; other\n[profile local]\nak=lak\nsk=l=sk\n")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(ProfileCredentialsProvider.create(file, "default").resolveCredentials())
        .isEqualTo(Credentials.of("dak", "dsk"));
    assertThat(ProfileCredentialsProvider.create(file, "local").resolveCredentials())
        .isEqualTo(Credentials.of("lak", "l=sk"));
    assertThatThrownBy(() -> ProfileCredentialsProvider.create(file, "nope").resolveCredentials())
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("'nope'");
  }

  @Test
  void malformedProfileLineReportsLineNumberNotContent() {
    assertThatThrownBy(() -> ProfileFile.parse("[a]\nsecret-without-equals-sign\n"))
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("line 2")
        .hasMessageNotContaining("secret-without");
  }

  @Test
  void writeIsOwnerOnlyAndRoundTrips() throws Exception {
    Path file = tmp.resolve("new-dir").resolve("credentials");
    ProfileFile.empty()
        .withProperty("default", "access_key", "a1")
        .withProperty("default", "secret_key", "s1")
        .withProperty("local", "access_key", "a2")
        .write(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    ProfileFile back = ProfileFile.read(file);
    assertThat(back.profileNames()).containsExactly("default", "local");
    assertThat(back.profile("default")).containsEntry("secret_key", "s1");
    assertThat(back.withProperty("local", "access_key", null).profile("local")).isEmpty();
  }

  @Test
  void chainTakesTheFirstProviderThatHasCredentials() throws Exception {
    Path file = tmp.resolve("credentials");
    Files.write(
        file, "[default]\naccess_key=fak\nsecret_key=fsk\n".getBytes(StandardCharsets.UTF_8));
    CredentialsProvider chain =
        DefaultCredentialsProvider.of(
            EnvironmentCredentialsProvider.create(new HashMap<>()),
            ProfileCredentialsProvider.create(file, "default"));
    assertThat(chain.resolveCredentials()).isEqualTo(Credentials.of("fak", "fsk"));

    CredentialsProvider none =
        DefaultCredentialsProvider.of(
            EnvironmentCredentialsProvider.create(new HashMap<>()),
            ProfileCredentialsProvider.create(tmp.resolve("missing"), "default"));
    assertThatThrownBy(none::resolveCredentials)
        .isInstanceOf(CredentialsException.class)
        .hasMessageContaining("ctyun configure")
        .hasMessageContaining("CTYUN_AK")
        .hasMessageContaining("'default' not found");
  }

  @Test
  void defaultChainReadsTheGivenEnvironmentThenItsProfileFile() throws Exception {
    Path file = tmp.resolve("creds");
    Files.write(file, "[ci]\naccess_key=cak\nsecret_key=csk\n".getBytes(StandardCharsets.UTF_8));
    Map<String, String> env = new HashMap<>();
    env.put(ProfileFile.CREDENTIALS_FILE_ENV, file.toString());
    env.put(ProfileFile.PROFILE_ENV, "ci");
    assertThat(DefaultCredentialsProvider.create(env).resolveCredentials())
        .isEqualTo(Credentials.of("cak", "csk"));
    env.put("CTYUN_AK", "eak");
    env.put("CTYUN_SK", "esk");
    assertThat(DefaultCredentialsProvider.create(env).resolveCredentials())
        .isEqualTo(Credentials.of("eak", "esk"));
  }

  @Test
  void defaultLocationsHonourEnvironmentOverrides() {
    Map<String, String> env = new HashMap<>();
    env.put(ProfileFile.CREDENTIALS_FILE_ENV, "/x/creds");
    env.put(ProfileFile.CONFIG_FILE_ENV, "/x/config");
    env.put(ProfileFile.PROFILE_ENV, "prod");
    assertThat(ProfileFile.defaultCredentialsPath(env).toString()).isEqualTo("/x/creds");
    assertThat(ProfileFile.defaultConfigPath(env).toString()).isEqualTo("/x/config");
    assertThat(ProfileFile.defaultProfileName(env)).isEqualTo("prod");
    assertThat(ProfileFile.defaultProfileName(new HashMap<>())).isEqualTo("default");
    assertThat(ProfileFile.defaultCredentialsPath(new HashMap<>()).toString())
        .endsWith(".ctyun/credentials");
  }
}
