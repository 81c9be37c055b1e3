package io.github.ctyunjava.cli.config;

import io.github.ctyunjava.cli.common.CliLanguage;
import io.github.ctyunjava.cli.common.KnownRegions;
import io.github.ctyunjava.cli.common.Messages;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.auth.ProfileFile;
import io.github.ctyunjava.core.config.Setting;
import io.github.ctyunjava.core.http.CaBundle;
import io.github.ctyunjava.core.http.ProxyConfiguration;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The two profile files the CLI manages: {@code ~/.ctyun/credentials} ({@code access_key}, {@code
 * secret_key}) and {@code ~/.ctyun/config} ({@code region_id}, {@code output}, {@code
 * endpoint_url}, {@code ca_bundle}, {@code proxy}, {@code call_timeout}, {@code language}), both
 * readable by their owner only; home is {@code $HOME}, else {@code user.home}; {@code
 * CTYUN_SHARED_CREDENTIALS_FILE} and {@code CTYUN_CONFIG_FILE} move them.
 */
public final class ConfigStore {
  static final String ACCESS_KEY = "access_key";
  static final String SECRET_KEY = "secret_key";
  static final String REGION_ID = "region_id";
  public static final String OUTPUT = "output";
  static final String ENDPOINT_URL = "endpoint_url"; // = Setting.ENDPOINT_URL.profileKey()
  static final String CA_BUNDLE = "ca_bundle"; // = Setting.CA_BUNDLE.profileKey()
  static final String PROXY = "proxy"; // = Setting.PROXY.profileKey()
  static final String CALL_TIMEOUT = "call_timeout"; // = Setting.CALL_TIMEOUT.profileKey()
  static final String LANGUAGE = CliLanguage.CONFIG_KEY;

  /** Every key, in the order {@code configure} asks for them. */
  static final List<String> KEYS =
      Collections.unmodifiableList(
          Arrays.asList(
              ACCESS_KEY,
              SECRET_KEY,
              REGION_ID,
              OUTPUT,
              ENDPOINT_URL,
              CA_BUNDLE,
              PROXY,
              CALL_TIMEOUT,
              LANGUAGE));

  /** The output formats the CLI knows. */
  public static final List<String> OUTPUTS =
      Collections.unmodifiableList(Arrays.asList("json", "table", "text"));

  private final Path credentialsPath;
  private final Path configPath;

  public ConfigStore(Map<String, String> env) {
    this.credentialsPath = ProfileFile.defaultCredentialsPath(env);
    this.configPath = ProfileFile.defaultConfigPath(env);
  }

  /** Whether a key lives in the credentials file (otherwise: the config file). */
  static boolean isCredential(String key) {
    return ACCESS_KEY.equals(key) || SECRET_KEY.equals(key);
  }

  /** The file a key is stored in. */
  Path pathOf(String key) {
    return isCredential(key) ? credentialsPath : configPath;
  }

  /** A key's value in a profile, or null. */
  public String get(String profile, String key) {
    String v = ProfileFile.read(pathOf(key)).profile(profile).get(key);
    return v == null || v.isEmpty() ? null : v;
  }

  /** Stores several values of one profile; null values are left unchanged. */
  void putAll(String profile, Map<String, String> values) {
    ProfileFile credentials = ProfileFile.read(credentialsPath);
    ProfileFile config = ProfileFile.read(configPath);
    boolean credentialsChanged = false;
    boolean configChanged = false;
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      if (isCredential(e.getKey())) {
        credentials = credentials.withProperty(profile, e.getKey(), e.getValue());
        credentialsChanged = true;
      } else {
        config = config.withProperty(profile, e.getKey(), e.getValue());
        configChanged = true;
      }
    }
    if (credentialsChanged) {
      credentials.write(credentialsPath);
    }
    if (configChanged) {
      config.write(configPath);
    }
  }

  /**
   * Checks a value before it is stored.
   *
   * @return null when valid, else the reason, in the language of {@code messages}
   */
  static String validate(String key, String value, Messages messages) {
    switch (key) {
      case ACCESS_KEY:
        return value.isEmpty() || value.matches(".*\\s.*") ? invalid(messages, key) : null;
      case SECRET_KEY:
        return value.isEmpty() || value.contains("\n") ? invalid(messages, key) : null;
      case OUTPUT:
        return OUTPUTS.contains(value) ? null : invalid(messages, key, OUTPUTS);
      case ENDPOINT_URL:
        return ClientFactory.isHttpUrl(value) ? null : invalid(messages, key);
      case CA_BUNDLE:
        try {
          CaBundle.read(Paths.get(value));
          return null;
        } catch (IllegalArgumentException e) {
          return invalid(messages, key, e.getMessage());
        }
      case PROXY:
        try {
          Setting.PROXY.parse(value);
          return null;
        } catch (IllegalArgumentException e) {
          return invalid(messages, key, e.getMessage()); // the message masks a password
        }
      case CALL_TIMEOUT:
        try {
          Setting.CALL_TIMEOUT.parse(value);
          return null;
        } catch (IllegalArgumentException e) {
          return invalid(messages, key, e.getMessage());
        }
      case REGION_ID:
        return KnownRegions.wellFormed(value) ? null : invalid(messages, key, KnownRegions.EXAMPLE);
      case LANGUAGE:
        return CliLanguage.parse(value) != null ? null : invalid(messages, key);
      default:
        return messages.get("config.unknownKey", key, String.join(", ", KEYS));
    }
  }

  private static String invalid(Messages messages, String key, Object... args) {
    return messages.get("config.invalid." + key, args);
  }

  /** How a value is shown: secret_key redacted, a proxy's password masked, the rest as is. */
  static String display(String key, String value) {
    if (value == null) {
      return null;
    }
    if (SECRET_KEY.equals(key)) {
      return Credentials.redact(value);
    }
    return PROXY.equals(key) ? PROXY_PASSWORD.matcher(value).replaceFirst("$1****@") : value;
  }

  /** The password of {@code [scheme://]user:password@host...}, up to the last {@code @}. */
  private static final Pattern PROXY_PASSWORD =
      Pattern.compile("^((?:[A-Za-z][A-Za-z0-9+.-]*://)?[^:/@]*:)[^/]*@");

  /** A proxy as {@code configure list} shows it: its URL, the password masked. */
  static String display(ProxyConfiguration proxy) {
    if (!proxy.isEnabled()) {
      return null;
    }
    String user = proxy.username() == null ? "" : proxy.username() + ":****@";
    return "http://" + user + proxy.host() + ":" + proxy.port();
  }
}
