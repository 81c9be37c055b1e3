package io.github.ctyunjava.core.config;

import io.github.ctyunjava.core.http.ProxyConfiguration;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One configurable setting: its key in a profile of {@code ~/.ctyun/config}, its environment
 * variable, how its text is read and its default. {@link CtyunConfiguration} resolves any setting
 * by the same table, so a new setting is one constant here.
 *
 * @param <T> the value type
 */
public final class Setting<T> {
  private static final List<Setting<?>> STANDARD = new ArrayList<>();

  /** Base URL for every product instead of the public endpoints (e.g. a ctyun-local emulator). */
  public static final Setting<String> ENDPOINT_URL =
      standard("endpoint_url", "CTYUN_ENDPOINT_URL", Setting::httpUrl, null);

  /** The default {@code regionID} of operations that require one. */
  public static final Setting<String> REGION_ID =
      standard("region_id", "CTYUN_REGION", Setting::token, null);

  /** A PEM file of CA certificates trusted in addition to the JVM's trust store. */
  public static final Setting<Path> CA_BUNDLE =
      standard("ca_bundle", "CTYUN_CA_BUNDLE", Paths::get, null);

  /** Whole-call deadline across attempts and backoff ({@code apiCallTimeout}), e.g. 30s or 2m. */
  public static final Setting<Duration> CALL_TIMEOUT =
      standard("call_timeout", "CTYUN_CALL_TIMEOUT", Durations::positive, Duration.ofMinutes(2));

  /**
   * The HTTP proxy, as a URL {@code http://[user:password@]host:port}; the JVM properties and
   * {@code HTTPS_PROXY}/{@code HTTP_PROXY} come first unless it is set explicitly (see {@link
   * CtyunConfiguration#proxy}).
   */
  public static final Setting<ProxyConfiguration> PROXY =
      standard("proxy", "CTYUN_PROXY", ProxyConfiguration::parse, null);

  private final String profileKey;
  private final String environmentVariable;
  private final Function<String, T> parser;
  private final T defaultValue;

  private Setting(
      String profileKey, String environmentVariable, Function<String, T> parser, T defaultValue) {
    this.profileKey = Objects.requireNonNull(profileKey, "profileKey");
    this.environmentVariable = environmentVariable;
    this.parser = Objects.requireNonNull(parser, "parser");
    this.defaultValue = defaultValue;
  }

  private static <T> Setting<T> standard(
      String key, String env, Function<String, T> parser, T defaultValue) {
    Setting<T> s = new Setting<>(key, env, parser, defaultValue);
    STANDARD.add(s);
    return s;
  }

  /**
   * A setting outside the standard ones (e.g. a CLI-only key).
   *
   * @param profileKey key in the config file's profile
   * @param environmentVariable variable that overrides it, or null for none
   * @param parser reads the text; throws {@link IllegalArgumentException} with the reason
   * @param defaultValue value when set nowhere, may be null
   */
  public static <T> Setting<T> of(
      String profileKey, String environmentVariable, Function<String, T> parser, T defaultValue) {
    return new Setting<>(profileKey, environmentVariable, parser, defaultValue);
  }

  /** The settings the SDK itself reads, in declaration order. */
  public static List<Setting<?>> standardSettings() {
    return Collections.unmodifiableList(STANDARD);
  }

  /** The key in a profile of the config file. */
  public String profileKey() {
    return profileKey;
  }

  /** The environment variable, or null. */
  public String environmentVariable() {
    return environmentVariable;
  }

  /** The value when the setting is given nowhere (may be null). */
  public T defaultValue() {
    return defaultValue;
  }

  /**
   * Reads a value.
   *
   * @throws IllegalArgumentException when the text is not a valid value
   */
  public T parse(String text) {
    return parser.apply(text.trim());
  }

  /** An {@code http://} or {@code https://} URL with a host part. */
  static String httpUrl(String v) {
    if ((v.startsWith("http://") && v.length() > 7)
        || (v.startsWith("https://") && v.length() > 8)) {
      return v;
    }
    throw new IllegalArgumentException("must start with http:// or https://");
  }

  /** A non-empty value without white space. */
  static String token(String v) {
    if (v.isEmpty() || v.matches(".*\\s.*")) {
      throw new IllegalArgumentException("must be non-empty without spaces");
    }
    return v;
  }

  @Override
  public String toString() {
    return profileKey;
  }
}
