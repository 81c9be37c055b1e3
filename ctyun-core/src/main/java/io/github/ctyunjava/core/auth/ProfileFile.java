package io.github.ctyunjava.core.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An INI file of named profiles, as in {@code ~/.ctyun/credentials} and {@code ~/.ctyun/config}.
 *
 * <pre>
 * [default]
 * access_key = ...
 * secret_key = ...
 * </pre>
 *
 * <p>Section names may be written {@code [name]} or {@code [profile name]}. Lines starting with
 * {@code #} or {@code ;} are comments. Instances are immutable; {@link #withProperty} returns a
 * copy, {@link #write} stores it with owner-only permissions.
 */
public final class ProfileFile {
  /** Environment variable that overrides the credentials file location. */
  public static final String CREDENTIALS_FILE_ENV = "CTYUN_SHARED_CREDENTIALS_FILE";

  /** Environment variable that overrides the config file location. */
  public static final String CONFIG_FILE_ENV = "CTYUN_CONFIG_FILE";

  /** Environment variable that selects the profile. */
  public static final String PROFILE_ENV = "CTYUN_PROFILE";

  /** The profile used when none is named. */
  public static final String DEFAULT_PROFILE = "default";

  private final Map<String, Map<String, String>> sections;

  private ProfileFile(Map<String, Map<String, String>> sections) {
    this.sections = sections;
  }

  /** An empty file. */
  public static ProfileFile empty() {
    return new ProfileFile(Collections.<String, Map<String, String>>emptyMap());
  }

  /** Environment variable naming the home directory; {@code user.home} is the fallback. */
  public static final String HOME_ENV = "HOME";

  /** {@code ~/.ctyun/credentials}, or the file named by {@value #CREDENTIALS_FILE_ENV}. */
  public static Path defaultCredentialsPath(Map<String, String> env) {
    return locate(env, CREDENTIALS_FILE_ENV, "credentials");
  }

  /** {@code ~/.ctyun/config}, or the file named by {@value #CONFIG_FILE_ENV}. */
  public static Path defaultConfigPath(Map<String, String> env) {
    return locate(env, CONFIG_FILE_ENV, "config");
  }

  /** The profile named by {@value #PROFILE_ENV}, else {@value #DEFAULT_PROFILE}. */
  public static String defaultProfileName(Map<String, String> env) {
    String name = env.get(PROFILE_ENV);
    return name == null || name.trim().isEmpty() ? DEFAULT_PROFILE : name.trim();
  }

  private static Path locate(Map<String, String> env, String variable, String fileName) {
    String override = env.get(variable);
    if (override != null && !override.trim().isEmpty()) {
      return Paths.get(override.trim());
    }
    return homeDirectory(env).resolve(".ctyun").resolve(fileName);
  }

  /**
   * The user's home directory: {@code $HOME} when set (as the AWS SDK and CLI do, so a job that
   * sets {@code HOME} gets its own files), else the JVM's {@code user.home}.
   */
  public static Path homeDirectory(Map<String, String> env) {
    String home = env.get(HOME_ENV);
    if (home != null && !home.trim().isEmpty()) {
      return Paths.get(home.trim());
    }
    return Paths.get(System.getProperty("user.home"));
  }

  /** Reads a file; a missing file reads as empty. */
  public static ProfileFile read(Path path) {
    try {
      return parse(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return empty();
    } catch (AccessDeniedException e) {
      throw new CredentialsException("cannot read " + path + ": permission denied");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** Parses INI text. Malformed lines are reported by line number, never by content. */
  public static ProfileFile parse(String text) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[")) {
        if (!line.endsWith("]")) {
          throw new CredentialsException("profile file line " + (i + 1) + ": unclosed section");
        }
        String name = line.substring(1, line.length() - 1).trim();
        if (name.startsWith("profile ")) {
          name = name.substring("profile ".length()).trim();
        }
        current = sections.computeIfAbsent(name, k -> new LinkedHashMap<>());
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0 || current == null) {
        throw new CredentialsException(
            "profile file line " + (i + 1) + ": expected 'key = value' inside a [section]");
      }
      current.put(line.substring(0, eq).trim().toLowerCase(), line.substring(eq + 1).trim());
    }
    return new ProfileFile(sections);
  }

  /** The properties of one profile, empty if absent. */
  public Map<String, String> profile(String name) {
    Map<String, String> section = sections.get(name);
    return section == null
        ? Collections.<String, String>emptyMap()
        : Collections.unmodifiableMap(section);
  }

  /** Whether a profile of that name exists. */
  public boolean hasProfile(String name) {
    return sections.containsKey(name);
  }

  /** The profile names, in file order. */
  public Set<String> profileNames() {
    return Collections.unmodifiableSet(sections.keySet());
  }

  /** A copy with one property set (or removed when {@code value} is null). */
  public ProfileFile withProperty(String profile, String key, String value) {
    Map<String, Map<String, String>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, String>> e : sections.entrySet()) {
      copy.put(e.getKey(), new LinkedHashMap<>(e.getValue()));
    }
    Map<String, String> section = copy.computeIfAbsent(profile, k -> new LinkedHashMap<>());
    if (value == null) {
      section.remove(key);
    } else {
      section.put(key, value);
    }
    return new ProfileFile(copy);
  }

  /** The INI text of this file. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Map<String, String>> section : sections.entrySet()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append('[').append(section.getKey()).append("]\n");
      for (Map.Entry<String, String> p : section.getValue().entrySet()) {
        sb.append(p.getKey()).append(" = ").append(p.getValue()).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * Writes the file atomically; on POSIX systems the file (and a newly created parent directory) is
   * readable by the owner only.
   */
  public void write(Path path) {
    try {
      Path dir = path.toAbsolutePath().getParent();
      boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir);
        if (posix) {
          Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
      }
      Path tmp = Files.createTempFile(dir, ".ctyun", ".tmp");
      try {
        if (posix) {
          Set<PosixFilePermission> ownerOnly =
              EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
          Files.setPosixFilePermissions(tmp, ownerOnly);
        }
        Files.write(tmp, format().getBytes(StandardCharsets.UTF_8));
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  @Override
  public String toString() {
    return "ProfileFile" + sections.keySet();
  }
}
