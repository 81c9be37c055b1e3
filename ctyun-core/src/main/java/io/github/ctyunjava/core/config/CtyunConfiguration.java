package io.github.ctyunjava.core.config;

import io.github.ctyunjava.core.auth.CredentialsProvider;
import io.github.ctyunjava.core.auth.DefaultCredentialsProvider;
import io.github.ctyunjava.core.auth.ProfileCredentialsProvider;
import io.github.ctyunjava.core.auth.ProfileFile;
import io.github.ctyunjava.core.http.ProxyConfiguration;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The settings in effect, resolved by one table shared by the SDK and the CLI:
 *
 * <ol>
 *   <li>an explicit value (a client builder method, a CLI flag);
 *   <li>the environment ({@code CTYUN_ENDPOINT_URL}, {@code CTYUN_REGION}, {@code CTYUN_CA_BUNDLE},
 *       ...);
 *   <li>the profile in {@code ~/.ctyun/config} (home is {@code $HOME}, else {@code user.home};
 *       {@code CTYUN_CONFIG_FILE} moves the file);
 *   <li>the setting's default.
 * </ol>
 *
 * <p>The profile is the explicit one, else {@code CTYUN_PROFILE}, else {@code default}. Credentials
 * follow the same order: system properties {@code ctyun.ak}/{@code ctyun.sk}, then {@code
 * CTYUN_AK}/{@code CTYUN_SK}, then the profile in {@code ~/.ctyun/credentials}; an explicitly named
 * profile uses that profile's keys only. Immutable.
 */
public final class CtyunConfiguration {
  /** Where a value came from. */
  public enum Source {
    /** A builder method or command-line flag. */
    EXPLICIT,
    /** An environment variable. */
    ENVIRONMENT,
    /** The profile in the config file. */
    PROFILE,
    /** The setting's default. */
    DEFAULT
  }

  private final Map<String, String> env;
  private final String profileName;
  private final boolean profileExplicit;
  private final Path configFile;
  private final Path credentialsFile;
  private final Map<String, String> profile;
  private final Map<Setting<?>, String> explicit;
  private final Properties systemProperties;

  private CtyunConfiguration(Loader l) {
    this.env = Collections.unmodifiableMap(new LinkedHashMap<>(l.env));
    this.systemProperties = l.systemProperties;
    this.profileExplicit = l.profile != null;
    this.profileName = profileExplicit ? l.profile : ProfileFile.defaultProfileName(this.env);
    this.configFile = ProfileFile.defaultConfigPath(this.env);
    this.credentialsFile = ProfileFile.defaultCredentialsPath(this.env);
    this.profile = ProfileFile.read(configFile).profile(profileName);
    Map<Setting<?>, String> copy = new IdentityHashMap<>();
    copy.putAll(l.explicit);
    this.explicit = Collections.unmodifiableMap(copy);
  }

  /** The settings of the process: {@code System.getenv()} and the profiles under the home. */
  public static CtyunConfiguration load() {
    return loader().load();
  }

  /** A loader, to name the profile, give explicit values or replace the environment. */
  public static Loader loader() {
    return new Loader();
  }

  /** The profile in effect. */
  public String profileName() {
    return profileName;
  }

  /** Whether the profile was named explicitly (not by {@code CTYUN_PROFILE} or the default). */
  public boolean isProfileExplicit() {
    return profileExplicit;
  }

  /** The config file read ({@code ~/.ctyun/config} or {@code $CTYUN_CONFIG_FILE}). */
  public Path configFile() {
    return configFile;
  }

  /**
   * The credentials file ({@code ~/.ctyun/credentials} or {@code $CTYUN_SHARED_CREDENTIALS_FILE}).
   */
  public Path credentialsFile() {
    return credentialsFile;
  }

  /** The environment variables these settings were resolved from (read-only). */
  public Map<String, String> environment() {
    return env;
  }

  /**
   * The value of a setting, or its default (which may be null).
   *
   * @throws ConfigurationException when the value found is malformed; the message names its source
   */
  public <T> T get(Setting<T> setting) {
    Source source = source(setting);
    if (source == Source.DEFAULT) {
      return setting.defaultValue();
    }
    String raw = raw(setting, source);
    try {
      return setting.parse(raw);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          setting.profileKey()
              + " from "
              + describeSource(setting)
              + " "
              + e.getMessage()
              + ", got: "
              + raw.replaceAll("//[^/@]*@", "//****@")); // no password of a URL's user info
    }
  }

  /** Which row of the table supplies the setting. */
  public Source source(Setting<?> setting) {
    if (!isBlank(explicit.get(setting))) {
      return Source.EXPLICIT;
    }
    if (setting.environmentVariable() != null && !isBlank(env.get(setting.environmentVariable()))) {
      return Source.ENVIRONMENT;
    }
    if (!isBlank(profile.get(setting.profileKey()))) {
      return Source.PROFILE;
    }
    return Source.DEFAULT;
  }

  /**
   * Where the setting comes from, for people: {@code explicit}, {@code env CTYUN_REGION}, {@code
   * profile 'local' of /home/me/.ctyun/config} or {@code default}.
   */
  public String describeSource(Setting<?> setting) {
    switch (source(setting)) {
      case EXPLICIT:
        return "explicit";
      case ENVIRONMENT:
        return "env " + setting.environmentVariable();
      case PROFILE:
        return "profile '" + profileName + "' of " + configFile;
      default:
        return "default";
    }
  }

  private String raw(Setting<?> setting, Source source) {
    switch (source) {
      case EXPLICIT:
        return explicit.get(setting);
      case ENVIRONMENT:
        return env.get(setting.environmentVariable());
      default:
        return profile.get(setting.profileKey());
    }
  }

  /** {@link Setting#ENDPOINT_URL}: null means the public endpoints. */
  public String endpointUrl() {
    return get(Setting.ENDPOINT_URL);
  }

  /** {@link Setting#REGION_ID}, or null. */
  public String regionId() {
    return get(Setting.REGION_ID);
  }

  /** {@link Setting#CA_BUNDLE}, or null. */
  public Path caBundle() {
    return get(Setting.CA_BUNDLE);
  }

  /**
   * Where credentials come from: with an explicitly named profile, that profile of the credentials
   * file; otherwise system properties, then the environment, then the profile. Nothing is read
   * until the provider is asked, and it is asked again on every call (rotated keys apply; the
   * profile file is only read again once it has changed: {@link ProfileCredentialsProvider}).
   */
  public CredentialsProvider credentialsProvider() {
    if (profileExplicit) {
      return ProfileCredentialsProvider.create(credentialsFile, profileName);
    }
    return DefaultCredentialsProvider.create(env); // same file and profile as above
  }

  /**
   * The proxy for endpoints of {@code scheme} ({@code https} or {@code http}), or null for none: an
   * explicit {@link Setting#PROXY} (e.g. the CLI's {@code --proxy}); else the JVM properties
   * ({@code https.proxyHost}, {@code https.proxyPort}, {@code http.nonProxyHosts}); else {@code
   * HTTPS_PROXY}/{@code HTTP_PROXY} (either case) with {@code NO_PROXY}; else {@code CTYUN_PROXY}
   * or the profile's {@code proxy}, with {@code NO_PROXY}.
   *
   * @throws ConfigurationException when a proxy URL is malformed (the message has no password)
   */
  public ProxyConfiguration proxy(String scheme) {
    if (source(Setting.PROXY) == Source.EXPLICIT) {
      return get(Setting.PROXY);
    }
    ProxyConfiguration standard;
    try {
      standard = ProxyConfiguration.fromEnvironment(env, systemProperties, scheme);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("proxy from the environment: " + e.getMessage());
    }
    if (standard != null) {
      return standard;
    }
    ProxyConfiguration own = get(Setting.PROXY);
    return own == null
        ? null
        : own.toBuilder().nonProxyHosts(ProxyConfiguration.noProxyHosts(env)).build();
  }

  private static boolean isBlank(String s) {
    return s == null || s.trim().isEmpty();
  }

  @Override
  public String toString() {
    return "CtyunConfiguration{profile=" + profileName + ", config=" + configFile + "}";
  }

  /** Collects the inputs of a {@link CtyunConfiguration}. */
  public static final class Loader {
    private Map<String, String> env = System.getenv();
    private Properties systemProperties = System.getProperties();
    private String profile;
    private final Map<Setting<?>, String> explicit = new IdentityHashMap<>();

    private Loader() {}

    /** The environment variables to read instead of the process's (tests, embedding). */
    public Loader environment(Map<String, String> environment) {
      this.env = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** The JVM properties to read instead of the process's (for the proxy; tests). */
    public Loader systemProperties(Properties properties) {
      this.systemProperties = Objects.requireNonNull(properties, "properties");
      return this;
    }

    /** The profile to use; null keeps {@code CTYUN_PROFILE}, else {@code default}. */
    public Loader profile(String name) {
      this.profile = name == null || name.trim().isEmpty() ? null : name.trim();
      return this;
    }

    /** An explicit value, the first row of the table; null or blank leaves the setting alone. */
    public Loader set(Setting<?> setting, String value) {
      if (value == null) {
        explicit.remove(setting);
      } else {
        explicit.put(Objects.requireNonNull(setting, "setting"), value);
      }
      return this;
    }

    /**
     * Reads the config file and resolves.
     *
     * @throws io.github.ctyunjava.core.auth.CredentialsException when the file is malformed or
     *     unreadable
     */
    public CtyunConfiguration load() {
      return new CtyunConfiguration(this);
    }
  }
}
