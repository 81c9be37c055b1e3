package io.github.ctyunjava.local.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.ctyunjava.local.testing.ChildEmulator;
import io.github.ctyunjava.local.testing.Local;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One emulator per SQLite data directory: a second store, in this JVM or another process, is
 * refused while the first is open, and a killed holder leaves the directory free.
 */
class DataDirLockTest {
  private static final long THIS_PID = ProcessHandle.current().pid();
  private static final Resource VPC =
      Resource.create(
          "vpc", "vpc-lock", "acct", "r1", null, null, "n", JsonNodeFactory.instance.objectNode());

  @TempDir Path tmp;

  private Path data() {
    return tmp.resolve("data");
  }

  private Path stderr() {
    return tmp.resolve("child-stderr.log");
  }

  private void assertRefused(String holder) {
    assertThatThrownBy(() -> Database.openSqlite(data()))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "the data directory "
                + data()
                + " is in use by another ctyun-local ("
                + holder
                + "); stop it or choose another data directory. To run several emulators on one"
                + " store, use PostgreSQL (--db-url)");
  }

  @Test
  void aSecondStoreInThisJvmIsRefusedUntilTheFirstCloses() {
    try (Database first = Database.openSqlite(data())) {
      assertRefused("in this process");
      // the refused attempt left the first store working
      first.inTransaction(tx -> tx.insert(VPC));
      boolean found = first.read(tx -> tx.find("vpc", "vpc-lock").isPresent());
      assertThat(found).isTrue();
      assertRefused("in this process");
    }
    try (Database again = Database.openSqlite(data())) {
      boolean found = again.read(tx -> tx.find("vpc", "vpc-lock").isPresent());
      assertThat(found).isTrue();
    }
  }

  @Test
  void theLockFileNamesTheHolder() throws Exception {
    try (Database db = Database.openSqlite(data())) {
      Path file = data().resolve(DataDirLock.FILE_NAME);
      assertThat(Files.readString(file, StandardCharsets.US_ASCII)).isEqualTo(THIS_PID + "\n");
    }
  }

  @Test
  void anotherProcessCannotStartOnTheDirectoryThisJvmHolds() throws Exception {
    try (Database held = Database.openSqlite(data())) {
      // a refused opener in this JVM must not drop the OS lock (closing a channel may, on POSIX)
      assertRefused("in this process");

      Process child = ChildEmulator.command(data(), stderr()).start();
      try {
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child gave up").isTrue();
      } finally {
        child.destroyForcibly(); // when it started after all
      }
      String err = Files.readString(stderr(), StandardCharsets.UTF_8);
      assertThat(child.exitValue()).as(err).isEqualTo(1);
      assertThat(err)
          .contains(
              "ctyun-local: cannot start: the data directory "
                  + data()
                  + " is in use by another ctyun-local (pid "
                  + THIS_PID
                  + ")")
          .contains("use PostgreSQL (--db-url)")
          .doesNotContain("\tat ");
      assertThat(held.isUp()).isTrue();
    }
  }

  @Test
  void aKilledHolderLeavesTheDirectoryFree() throws Exception {
    ChildEmulator.Started child = ChildEmulator.start(ChildEmulator.command(data(), stderr()));
    try {
      assertRefused("pid " + child.process().pid());
    } finally {
      child.process().destroyForcibly(); // SIGKILL: no shutdown hook closes the store
    }
    assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

    try (Database db = Database.openSqlite(data())) {
      // the child's store: it created the fixed account
      boolean found = db.read(tx -> tx.accountByAccessKey(Local.AK).isPresent());
      assertThat(found).isTrue();
      assertThat(Files.readString(data().resolve(DataDirLock.FILE_NAME), StandardCharsets.US_ASCII))
          .isEqualTo(THIS_PID + "\n");
    }
  }
}
