package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.ctyunjava.local.store.Database;
import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up: a failed start leaves nothing behind, secrets on disk are private, binds are told. */
class StartupSafetyTest {
  @TempDir Path dir;
  TestClock clock = Local.clock();

  private CtyunLocal.Builder fresh(int port) {
    // no fixed account: a successful start would create one and write profile 'local'
    return CtyunLocal.builder()
        .port(port)
        .dataDir(dir.resolve("data"))
        .credentialsFile(dir.resolve("home/.ctyun/credentials"))
        .options(o -> o.clock(clock).adminToken("admin-token"));
  }

  private static String perms(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private void assumePosix() throws Exception {
    assumeThat(Files.getFileStore(dir).supportsFileAttributeView("posix"))
        .as("file system without POSIX permissions")
        .isTrue();
  }

  @Test
  void aBusyPortLeavesNoDatabaseAndNoProfileAndNamesThePortOnce() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = busy.getLocalPort();
      CtyunLocal local = fresh(port).build();
      assertThatThrownBy(local::start)
          .isInstanceOf(IllegalStateException.class)
          .satisfies(
              e -> {
                Matcher m = Pattern.compile("\\b" + port + "\\b").matcher(e.getMessage());
                int count = 0;
                while (m.find()) {
                  count++;
                }
                assertThat(count).as(e.getMessage()).isEqualTo(1);
                assertThat(e.getMessage()).contains("in use");
              });
      assertThat(dir.resolve("data")).doesNotExist();
      assertThat(dir.resolve("home/.ctyun/credentials")).doesNotExist();
      local.close();
    }
  }

  @Test
  void dataDirDatabaseWalAndLockFileAreOwnerOnly() throws Exception {
    assumePosix();
    try (CtyunLocal local = fresh(0).build().start()) {
      Api.ok(new Api(local, local.credentials(), clock).get("/v4/vpc/list"));
      Path data = dir.resolve("data");
      assertThat(perms(data)).isEqualTo("rwx------");
      assertThat(perms(data.resolve(Database.SQLITE_FILE))).isEqualTo("rw-------");
      assertThat(perms(data.resolve(Database.SQLITE_FILE + "-wal"))).isEqualTo("rw-------");
      assertThat(perms(data.resolve(Database.SQLITE_FILE + "-shm"))).isEqualTo("rw-------");
      assertThat(perms(data.resolve("ctyun-local.lock"))).isEqualTo("rw-------");
      assertThat(perms(dir.resolve("home/.ctyun"))).isEqualTo("rwx------");
      assertThat(perms(dir.resolve("home/.ctyun/credentials"))).isEqualTo("rw-------");
    }
  }

  @Test
  void looseExistingPermissionsAreTightenedOnStart() throws Exception {
    assumePosix();
    try (CtyunLocal local = fresh(0).build().start()) {
      assertThat(local.port()).isPositive();
    }
    Path data = dir.resolve("data");
    Path db = data.resolve(Database.SQLITE_FILE);
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
    Path home = Files.createDirectories(dir.resolve("home2/.ctyun"));
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.delete(db); // a new database: a new account, so profile 'local' is written again
    Files.deleteIfExists(data.resolve(Database.SQLITE_FILE + "-wal"));
    Files.deleteIfExists(data.resolve(Database.SQLITE_FILE + "-shm"));
    Files.writeString(db, "");
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
    try (CtyunLocal local = fresh(0).credentialsFile(home.resolve("credentials")).build().start()) {
      assertThat(perms(data)).isEqualTo("rwx------");
      assertThat(perms(db)).isEqualTo("rw-------");
      assertThat(perms(home)).isEqualTo("rwx------");
      assertThat(perms(home.resolve("credentials"))).isEqualTo("rw-------");
      assertThat(local.account().accessKey()).isNotEmpty();
    }
  }

  @Test
  void aLoopbackBindShowsItsAddressAndNoWarning() {
    try (CtyunLocal local = fresh(0).build().start()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CtyunLocalMain.printBanner(new PrintStream(out, true, StandardCharsets.UTF_8), local);
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("listening on:         127.0.0.1:" + local.port())
          .doesNotContain("WARNING");
      assertThat(local.networkWarning()).isEmpty();
    }
  }

  @Test
  void aNonLoopbackBindIsWarnedAbout() {
    // judged without binding: the tests never listen beyond loopback
    for (String host : new String[] {"0.0.0.0", "::", "192.168.1.5", "10.1.2.3"}) {
      assertThat(CtyunLocal.networkWarning(host, host + ":8080"))
          .as(host)
          .hasValueSatisfying(
              w ->
                  assertThat(w)
                      .contains(host + ":8080")
                      .contains("reachable from the network")
                      .contains("admin"));
    }
    for (String host : new String[] {"127.0.0.1", "127.0.0.2", "localhost", "::1"}) {
      assertThat(CtyunLocal.networkWarning(host, host + ":8080")).as(host).isEmpty();
    }
  }
}
