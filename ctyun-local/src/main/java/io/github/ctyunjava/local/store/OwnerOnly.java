package io.github.ctyunjava.local.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps files holding secrets private to their owner: directories {@code 0700}, files {@code 0600}.
 * Looser existing permissions are tightened and logged. Does nothing on file systems without POSIX
 * permissions.
 */
public final class OwnerOnly {
  private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);
  private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnly() {}

  /** Creates {@code dir} (and missing parents) or tightens it to {@code 0700}. */
  public static void directory(Path dir) {
    try {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir);
      }
      tighten(dir, DIR);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare directory " + dir, e);
    }
  }

  /** Creates an empty {@code 0600} file when missing, else tightens it. */
  public static void file(Path file) {
    try {
      if (posix(file.toAbsolutePath().getParent())) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
      } else {
        Files.createFile(file);
      }
    } catch (FileAlreadyExistsException e) {
      existingFile(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file, e);
    }
  }

  /** Tightens {@code file} to {@code 0600} if it exists. */
  public static void existingFile(Path file) {
    try {
      if (Files.isRegularFile(file)) {
        tighten(file, FILE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot change the permissions of " + file, e);
    }
  }

  private static void tighten(Path p, Set<PosixFilePermission> wanted) throws IOException {
    if (!posix(p)) {
      return;
    }
    Set<PosixFilePermission> now = Files.getPosixFilePermissions(p);
    if (!now.equals(wanted)) {
      Files.setPosixFilePermissions(p, wanted);
      LOG.warn(
          "tightened permissions of {} from {} to {} (it holds secret keys)",
          p,
          PosixFilePermissions.toString(now),
          PosixFilePermissions.toString(wanted));
    }
  }

  private static boolean posix(Path p) {
    return p != null && p.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
