package io.github.ctyunjava.local.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Keeps a SQLite data directory to one emulator: an exclusive OS lock on {@value #FILE_NAME} in it,
 * held until {@link #close()}. The SQLite store keeps state that assumes it is the only writer (its
 * sequence counter, {@link LocalFacts}), so a second opener, in another process or in this one,
 * fails at once. The OS drops the lock when the holder dies, {@code kill -9} included. The file
 * holds the holder's pid, for the message the next opener gets.
 */
final class DataDirLock implements AutoCloseable {
  /** Name of the lock file inside the data directory. */
  static final String FILE_NAME = "ctyun-local.lock";

  /**
   * The lock files this JVM holds. Checked before the file is opened: closing any channel of a
   * locked file may release the lock on some systems (POSIX record locks belong to the process), so
   * a second opener in this JVM must not open and close it.
   */
  private static final Set<Path> HELD = new HashSet<>();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private boolean closed; // guarded by HELD

  private DataDirLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code dataDir}, which must exist.
   *
   * @throws StoreException when another emulator holds it, or the lock file cannot be written
   */
  static DataDirLock take(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    OwnerOnly.file(file);
    synchronized (HELD) {
      Path key;
      try {
        key = file.toRealPath();
      } catch (IOException e) {
        throw new StoreException("cannot lock the data directory " + dataDir, e);
      }
      if (HELD.contains(key)) {
        throw inUse(dataDir, "in this process");
      }
      FileChannel channel = null;
      try {
        channel = FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel);
        if (lock == null) {
          String holder = holder(channel);
          throw inUse(dataDir, holder.isEmpty() ? "" : "pid " + holder);
        }
        channel.truncate(0);
        channel.write(
            ByteBuffer.wrap(
                (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
            0);
        HELD.add(key);
        return new DataDirLock(key, channel, lock);
      } catch (IOException | RuntimeException e) {
        closeQuietly(channel);
        if (e instanceof StoreException se) {
          throw se;
        }
        throw new StoreException("cannot lock the data directory " + dataDir, e);
      }
    }
  }

  /** The lock, or null when another process (or, unexpectedly, this JVM) holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /** The pid the holder wrote, or empty when it cannot be read (yet). */
  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buf = ByteBuffer.allocate(32);
      channel.read(buf, 0);
      String text = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).trim();
      return text.matches("\\d{1,19}") ? text : "";
    } catch (IOException e) {
      return ""; // Windows refuses reads of a locked region
    }
  }

  private static StoreException inUse(Path dataDir, String holder) {
    return new StoreException(
        "the data directory "
            + dataDir
            + " is in use by another ctyun-local"
            + (holder.isEmpty() ? "" : " (" + holder + ")")
            + "; stop it or choose another data directory. To run several emulators on one store,"
            + " use PostgreSQL (--db-url)");
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // the failure being reported matters more
    }
  }

  /**
   * Releases the lock; once only. The file stays: removing it could race with the next opener, who
   * would lock a file no longer in the directory.
   */
  @Override
  public void close() {
    synchronized (HELD) {
      if (closed) {
        return;
      }
      closed = true;
      HELD.remove(file);
      try {
        lock.release();
      } catch (IOException ignored) {
        // closing the channel releases it too
      }
      closeQuietly(channel);
    }
  }
}
