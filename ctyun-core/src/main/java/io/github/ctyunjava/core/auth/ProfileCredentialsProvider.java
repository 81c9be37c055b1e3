package io.github.ctyunjava.core.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Reads credentials from a profile of {@code ~/.ctyun/credentials}: keys {@code access_key} and
 * {@code secret_key} (also accepted: {@code ak}/{@code sk}, {@code ctyun_ak}/{@code ctyun_sk}).
 *
 * <p>The keys read are kept and reused while the file's last-modified time and size stay the same,
 * so a call costs one {@code stat} instead of reading and parsing the file; an edited or replaced
 * file is read again on the next call. A file modified in the last {@link #RACY_WINDOW} is not
 * trusted to keep its stamp (a second edit within the file system's timestamp granularity, with the
 * same size, would go unseen), so it is read on every call until it has been quiet that long.
 * Thread-safe.
 */
public final class ProfileCredentialsProvider implements CredentialsProvider {
  /** How long after its last change a file is read on every call rather than cached. */
  static final Duration RACY_WINDOW = Duration.ofSeconds(2);

  private final Path file;
  private final String profileName;
  private final Function<Path, ProfileFile> reader;
  private final Clock clock;
  private final AtomicReference<Cached> cache = new AtomicReference<>();

  private ProfileCredentialsProvider(Path file, String profileName) {
    this(file, profileName, ProfileFile::read, Clock.systemUTC());
  }

  /** For tests: counts reads through {@code reader}, and decides what "recently" means. */
  ProfileCredentialsProvider(
      Path file, String profileName, Function<Path, ProfileFile> reader, Clock clock) {
    this.file = Objects.requireNonNull(file, "file");
    this.profileName = Objects.requireNonNull(profileName, "profileName");
    this.reader = reader;
    this.clock = clock;
  }

  /** Keys read from the file when it had this stamp. */
  private static final class Cached {
    final FileTime modified;
    final long size;
    final Credentials credentials;

    Cached(FileTime modified, long size, Credentials credentials) {
      this.modified = modified;
      this.size = size;
      this.credentials = credentials;
    }
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
    BasicFileAttributes stamp = stamp();
    if (stamp == null) {
      cache.set(null);
      return read(); // missing or unreadable: report it as a read does
    }
    Cached cached = cache.get();
    if (cached != null
        && cached.modified.equals(stamp.lastModifiedTime())
        && cached.size == stamp.size()) {
      return cached.credentials;
    }
    Credentials read = read();
    Duration quiet = Duration.between(stamp.lastModifiedTime().toInstant(), clock.instant()).abs();
    cache.set(
        quiet.compareTo(RACY_WINDOW) > 0
            ? new Cached(stamp.lastModifiedTime(), stamp.size(), read)
            : null);
    return read;
  }

  private BasicFileAttributes stamp() {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }

  private Credentials read() {
    ProfileFile profiles = reader.apply(file);
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
