package io.github.ctyunjava.local;

import io.github.ctyunjava.core.auth.ProfileFile;
import io.github.ctyunjava.core.config.Setting;
import io.github.ctyunjava.local.store.Account;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps profile {@value #NAME} complete, so that {@code CTYUN_PROFILE=local} (SDK) and {@code
 * --profile local} (CLI) reach this emulator with no other setting: the account's keys in the
 * credentials file (when the emulator created the account, or the profile is missing), and on every
 * start {@code endpoint_url} and {@code ca_bundle} (HTTPS only) in the config file. A profile that
 * holds another account's keys is left alone.
 */
final class LocalProfile {
  /** The profile name. */
  static final String NAME = AccountBootstrap.PROFILE;

  private static final Logger LOG = LoggerFactory.getLogger(LocalProfile.class);

  private LocalProfile() {}

  /**
   * Updates the profile files.
   *
   * @param created whether this start created the account
   * @param endpoint the URL clients should use
   * @param caFile the CA certificate clients should trust, or null for plain HTTP
   */
  static void update(
      CtyunLocalOptions o,
      Map<String, String> env,
      Account account,
      boolean created,
      URI endpoint,
      Path caFile) {
    if (!o.writeProfile()) {
      return;
    }
    Path credentials =
        o.credentialsFile() != null ? o.credentialsFile() : ProfileFile.defaultCredentialsPath(env);
    Path config =
        o.configFile() != null
            ? o.configFile()
            : o.credentialsFile() != null
                ? o.credentialsFile().resolveSibling("config")
                : ProfileFile.defaultConfigPath(env);
    String holder = ProfileFile.read(credentials).profile(NAME).get("access_key");
    if (o.accessKey() == null && (created || holder == null)) {
      AccountBootstrap.writeProfile(credentials, account);
      holder = account.accessKey();
      LOG.info("profile '{}' written to {} (account {})", NAME, credentials, account.accessKey());
    }
    if (!account.accessKey().equals(holder)) {
      return;
    }
    ProfileFile.read(config)
        .withProperty(NAME, Setting.ENDPOINT_URL.profileKey(), endpoint.toString())
        .withProperty(
            NAME,
            Setting.CA_BUNDLE.profileKey(),
            caFile == null ? null : caFile.toAbsolutePath().toString())
        .write(config);
  }
}
