package io.github.ctyunjava.core.auth;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Reads credentials from a profile of {@code ~/.ctyun/credentials}: keys {@code access_key} and
 * {@code secret_key} (also accepted: {@code ak}/{@code sk}, {@code ctyun_ak}/{@code ctyun_sk}).
 */
public final class ProfileCredentialsProvider implements CredentialsProvider {
  private final Path file;
  private final String profileName;

  private ProfileCredentialsProvider(Path file, String profileName) {
    this.file = Objects.requireNonNull(file, "file");
    this.profileName = Objects.requireNonNull(profileName, "profileName");
  }

  /** The default file and the profile named by {@code CTYUN_PROFILE} (else {@code default}). */
  public static ProfileCredentialsProvider create() {
    Map<String, String> env = System.getenv();
    return create(ProfileFile.defaultCredentialsPath(env), ProfileFile.defaultProfileName(env));
  }

  /** The default file and the given profile. */
  public static ProfileCredentialsProvider create(String profileName) {
    return create(ProfileFile.defaultCredentialsPath(System.getenv()), profileName);
  }

  /** A given file and profile. */
  public static ProfileCredentialsProvider create(Path file, String profileName) {
    return new ProfileCredentialsProvider(file, profileName);
  }

  /** The profile this provider reads. */
  public String profileName() {
    return profileName;
  }

  @Override
  public Credentials resolveCredentials() {
    ProfileFile profiles = ProfileFile.read(file);
    if (!profiles.hasProfile(profileName)) {
      throw new CredentialsException("profile '" + profileName + "' not found in " + file);
    }
    Map<String, String> p = profiles.profile(profileName);
    String ak = first(p, "access_key", "ak", "ctyun_ak");
    String sk = first(p, "secret_key", "sk", "ctyun_sk");
    if (ak == null || sk == null) {
      throw new CredentialsException(
          "profile '" + profileName + "' in " + file + " lacks access_key or secret_key");
    }
    return Credentials.of(ak, sk);
  }

  private static String first(Map<String, String> p, String... keys) {
    for (String key : keys) {
      String v = p.get(key);
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "ProfileCredentialsProvider{file=" + file + ", profile=" + profileName + "}";
  }
}
