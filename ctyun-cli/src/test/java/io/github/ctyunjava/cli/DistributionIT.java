package io.github.ctyunjava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI as a user gets it: unpacks {@code target/ctyun-<version>.tar.gz}, runs {@code
 * bin/ctyun} through {@code sh} with a clean environment, and makes a signed call to an emulator.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/ctyun is a POSIX shell script")
class DistributionIT {
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);

  @RegisterExtension static CtyunLocalExtension local = new CtyunLocalExtension();

  @TempDir static Path tmp;

  private static Path home;

  @BeforeAll
  static void unpack() throws Exception {
    Path tarball = Path.of(System.getProperty("ctyun.dist"));
    assertThat(tarball).exists();
    Path dir = Files.createDirectories(tmp.resolve("install"));
    Result untar = exec(List.of("tar", "xzf", tarball.toString(), "-C", dir.toString()), Map.of());
    assertThat(untar.code).as(untar.err).isZero();
    home = dir.resolve("ctyun-" + System.getProperty("ctyun.version"));
  }

  @Test
  void theTarballHoldsTheLaunchersTheJarAndTheReadme() throws IOException {
    assertThat(home.resolve("bin/ctyun")).isRegularFile();
    assertThat(Files.getPosixFilePermissions(home.resolve("bin/ctyun")))
        .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
    assertThat(Files.readString(home.resolve("bin/ctyun.cmd")))
        .contains("\r\n")
        .contains("lib\\local\\*");
    assertThat(home.resolve("lib/ctyun.jar")).isRegularFile();
    // the emulator's libraries sit beside it, not in it (a short command opens one small jar)
    try (Stream<Path> local = Files.list(home.resolve("lib/local"))) {
      assertThat(local.map(f -> f.getFileName().toString()))
          .anyMatch(n -> n.startsWith("jetty-server-"))
          .anyMatch(n -> n.startsWith("sqlite-jdbc-"))
          .anyMatch(n -> n.startsWith("bcprov-"))
          .noneMatch(n -> n.startsWith("jackson-core-") || n.startsWith("picocli-"));
    }
    assertThat(Files.readString(home.resolve("README.md")))
        .contains("ctyun-" + System.getProperty("ctyun.version") + ".tar.gz");
  }

  @Test
  void versionSignedCallAndTheStartUpArchive() throws Exception {
    Path cache = Files.createDirectories(tmp.resolve("cache"));
    Map<String, String> env = env(cache);

    Result version = ctyun(env, "--version");
    assertThat(version.code).as(version.err).isZero();
    assertThat(version.out)
        .isEqualTo(
            "ctyun "
                + System.getProperty("ctyun.version")
                + " (ctyun-java core "
                + io.github.ctyunjava.core.Version.SDK
                + ")\n");
    assertThat(version.err).isEmpty();

    // the first run records the AppCDS archive in the background; wait for it (bounded)
    Path archive = awaitArchive(cache, Duration.ofMinutes(3));
    assertThat(archive.getFileName().toString()).endsWith(".jsa");

    Result list = ctyun(env, "vpc", "list-vpcs", "--region-id", LocalCli.REGION);
    assertThat(list.code).as(list.err).isZero();
    JsonNode json = LocalCli.parse(list.out);
    assertThat(json.has("vpcs")).as(list.out).isTrue();
    assertThat(list.err).isEmpty();

    // an archive the JVM cannot use (another JDK, a damaged file) is ignored silently
    Files.writeString(archive, "not an archive");
    Result damaged = ctyun(env, "vpc", "list-vpcs", "--region-id", LocalCli.REGION);
    assertThat(damaged.code).as(damaged.err).isZero();
    assertThat(damaged.out).isEqualTo(list.out);
    assertThat(damaged.err).isEmpty();

    Map<String, String> off = new HashMap<>(env);
    off.put("CTYUN_CDS", "off");
    Result noCds = ctyun(off, "--version");
    assertThat(noCds.out).isEqualTo(version.out);
  }

  /** What {@code -Xlog:class+load} shows a command loading: the start-up work it avoids. */
  @Test
  void shortCommandsKeepTheEmulatorAndJsonOffTheStartUpPath() throws Exception {
    Map<String, String> env = env(tmp.resolve("cache-classes"));
    env.put("CTYUN_CDS", "off");

    String version = classesLoaded(env, "--version");
    assertThat(version).contains("io.github.ctyunjava.cli.Main ");
    assertThat(version)
        .doesNotContain("com.fasterxml.jackson")
        .doesNotContain("OperationCatalog")
        .doesNotContain("picocli.")
        .doesNotContain("io.github.ctyunjava.cli.Ctyun ");

    String list = classesLoaded(env, "vpc", "list-vpcs", "--region-id", LocalCli.REGION);
    assertThat(list).contains("io.github.ctyunjava.vpce.catalog.VpceCatalog ");
    assertThat(list)
        .doesNotContain("org.eclipse.jetty")
        .doesNotContain("org.sqlite")
        .doesNotContain("org.flywaydb")
        .doesNotContain("io.github.ctyunjava.local.CtyunLocal ");
  }

  private static String classesLoaded(Map<String, String> env, String... args) throws Exception {
    Path log = Files.createTempFile(tmp, "classes", ".txt");
    Map<String, String> withLog = new HashMap<>(env);
    withLog.put("CTYUN_JAVA_OPTS", "-Xlog:class+load:file=" + log);
    Result r = ctyun(withLog, args);
    assertThat(r.code).as(r.err).isZero();
    return Files.readString(log);
  }

  /**
   * The archive's key shows the jar's time to the minute: a jar rebuilt within the same minute
   * (same size, same key) has its archive recorded again, instead of the JVM refusing the old one
   * on every run from then on.
   */
  @Test
  void anArchiveOlderThanItsJarIsRecordedAgain() throws Exception {
    Path own = Files.createDirectories(tmp.resolve("install-rebuilt"));
    Path tarball = Path.of(System.getProperty("ctyun.dist"));
    Result untar = exec(List.of("tar", "xzf", tarball.toString(), "-C", own.toString()), Map.of());
    assertThat(untar.code).as(untar.err).isZero();
    own = own.resolve("ctyun-" + System.getProperty("ctyun.version"));
    Path jar = own.resolve("lib/ctyun.jar");
    Path cache = Files.createDirectories(tmp.resolve("cache-rebuilt"));
    Map<String, String> env = env(cache);
    // the start of a minute, so that 30 s later is still the minute 'ls -l' shows
    Instant minute = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MINUTES);
    Files.setLastModifiedTime(jar, FileTime.from(minute));

    assertThat(ctyunAt(own, env, "--version").code).isZero();
    Path first = awaitArchive(cache, Duration.ofMinutes(3));
    assertThat(Files.getLastModifiedTime(first)).isEqualTo(FileTime.from(minute));

    FileTime rebuilt = FileTime.from(minute.plusSeconds(30));
    Files.setLastModifiedTime(jar, rebuilt);
    Result after = ctyunAt(own, env, "vpc", "list-vpcs", "--region-id", LocalCli.REGION);
    assertThat(after.code).as(after.err).isZero();
    Path second = awaitArchive(cache, Duration.ofMinutes(3), a -> rebuilt.equals(lastModified(a)));
    assertThat(second).isEqualTo(first); // the same key, recorded again
  }

  private static FileTime lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return null; // replaced while we looked: the next event looks again
    }
  }

  /**
   * Commands without the word {@code local} or {@code demo} run without lib/local/ on the class
   * path, including those that build the whole command tree (the emulator's commands among it).
   */
  @Test
  void commandsOutsideTheEmulatorRunWithoutItsLibraries() throws Exception {
    Map<String, String> env = env(tmp.resolve("cache-thin"));
    env.put("CTYUN_CDS", "off");
    for (String[] args :
        List.of(
            new String[] {"--help"},
            new String[] {"help"},
            new String[] {"completion", "bash"},
            new String[] {"configure", "list"},
            new String[] {"vpce", "--help"},
            new String[] {"sign", "--help"},
            new String[] {
              "vpc", "list-vpcs", "--region-id", LocalCli.REGION, "--output", "table"
            })) {
      Result r = ctyun(env, args);
      assertThat(r.code).as(String.join(" ", args) + ": " + r.err).isZero();
      assertThat(r.err).doesNotContain("NoClassDefFoundError").doesNotContain("Exception");
    }
    Map<String, String> showPath = new HashMap<>(env);
    showPath.put("CTYUN_JAVA_OPTS", "-XshowSettings:properties");
    assertThat(classPathLine(ctyun(showPath, "vpce", "--help"))).doesNotContain("lib/local");
    assertThat(classPathLine(ctyun(showPath, "--profile", "p", "local", "--help")))
        .contains("lib/local/");

    // the emulator gets the server's flags (after a global option's value too), other commands C1
    Map<String, String> flags = new HashMap<>(env);
    flags.put("CTYUN_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
    assertThat(ctyun(flags, "--profile", "p", "local", "--help").out)
        .contains("-XX:MaxGCPauseMillis=5", "-XX:+AlwaysPreTouch", "-XX:MaxHeapSize=1073741824")
        .doesNotContain("-XX:TieredStopAtLevel=1");
    assertThat(ctyun(flags, "--profile", "local", "vpce", "--help").out)
        .contains("-XX:TieredStopAtLevel=1")
        .doesNotContain("-XX:MaxGCPauseMillis=5")
        .doesNotContain("-XX:+AlwaysPreTouch");
    // a heap size of the user's replaces the emulator's whole: a smaller -Xmx alone still starts
    Map<String, String> smallHeap = new HashMap<>(env);
    smallHeap.put("CTYUN_JAVA_OPTS", "-XX:+PrintCommandLineFlags -Xmx256m");
    Result small = ctyun(smallHeap, "local", "--help");
    assertThat(small.code).as(small.err).isZero();
    assertThat(small.out)
        .contains("-XX:MaxHeapSize=268435456", "-XX:+AlwaysPreTouch")
        .doesNotContain("-XX:InitialHeapSize=1073741824");
  }

  /**
   * The {@code java.class.path} entry of {@code -XshowSettings:properties} on stderr: its line and
   * the more deeply indented lines after it (one per further class path element).
   */
  private static String classPathLine(Result r) {
    assertThat(r.code).as(r.err).isZero();
    List<String> lines = r.err.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().startsWith("java.class.path")) {
        StringBuilder entry = new StringBuilder(lines.get(i).strip());
        for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("        "); j++) {
          entry.append(' ').append(lines.get(j).strip());
        }
        return entry.toString();
      }
    }
    throw new AssertionError("no java.class.path in: " + r.err);
  }

  /**
   * The emulator from the distribution: its libraries join the class path for {@code local}
   * commands, also after a global option naming a profile.
   */
  @Test
  void theEmulatorStartsAnswersAndStopsFromTheDistribution() throws Exception {
    Map<String, String> env = env(tmp.resolve("cache-local"));
    env.put("CTYUN_CDS", "off");
    Path data = tmp.resolve("local-data");
    Result start =
        ctyun(env, "local", "start", "-d", "--port", "0", "--data-dir", data.toString(), "--quiet");
    assertThat(start.code).as(start.err).isZero();
    try {
      String endpoint =
          start
              .out
              .lines()
              .filter(l -> l.strip().startsWith("endpoint:"))
              .map(l -> l.strip().substring("endpoint:".length()).strip())
              .findFirst()
              .orElseThrow(() -> new AssertionError(start.out));
      Result status =
          ctyun(env, "--profile", "local", "local", "status", "--data-dir", data.toString());
      assertThat(status.code).as(status.err).isZero();
      assertThat(status.out).contains(endpoint).contains("SQLite");
    } finally {
      Result stop = ctyun(env, "local", "stop", "--data-dir", data.toString());
      assertThat(stop.code).as(stop.err).isZero();
    }
  }

  @Test
  void aRejectedSignatureFailsWithAMessageOnStderr() throws Exception {
    Map<String, String> env = env(tmp.resolve("cache-bad"));
    env.put("CTYUN_CDS", "off");
    env.put("CTYUN_SK", "wrong-secret-key");

    Result r = ctyun(env, "vpc", "list-vpcs", "--region-id", LocalCli.REGION);

    assertThat(r.code).isNotZero().isNotEqualTo(ExitCodes.USAGE);
    assertThat(r.err).isNotEmpty();
  }

  private static Map<String, String> env(Path cache) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("HOME", tmp.resolve("home").toString());
    env.put("CTYUN_CACHE_DIR", cache.toString());
    env.put("CTYUN_AK", local.credentials().accessKey());
    env.put("CTYUN_SK", local.credentials().secretKey());
    env.put("CTYUN_ENDPOINT_URL", local.endpoint().toString());
    return env;
  }

  /** Waits (bounded) for the background run to move its archive into {@code cache}. */
  private static Path awaitArchive(Path cache, Duration timeout) throws Exception {
    return awaitArchive(cache, timeout, archive -> true);
  }

  /**
   * Waits (bounded) until {@code cache} holds an archive that {@code done} accepts and no
   * background run holds a lock there.
   */
  private static Path awaitArchive(Path cache, Duration timeout, Predicate<Path> done)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (WatchService watch = cache.getFileSystem().newWatchService()) {
      cache.register(
          watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE);
      while (true) {
        try (Stream<Path> files = Files.list(cache)) {
          List<String> names = files.map(f -> f.getFileName().toString()).toList();
          // done when the archive is in place and the background run has removed its lock
          if (names.stream().noneMatch(n -> n.endsWith(".lock"))) {
            for (String name : names) {
              if (name.endsWith(".jsa") && done.test(cache.resolve(name))) {
                return cache.resolve(name);
              }
            }
          }
        }
        long left = deadline - System.nanoTime();
        WatchKey key = left > 0 ? watch.poll(left, TimeUnit.NANOSECONDS) : null;
        if (key == null) {
          throw new AssertionError("no AppCDS archive in " + cache + " after " + timeout);
        }
        key.pollEvents();
        key.reset();
      }
    }
  }

  private static Result ctyun(Map<String, String> env, String... args) throws Exception {
    return ctyunAt(home, env, args);
  }

  private static Result ctyunAt(Path installation, Map<String, String> env, String... args)
      throws Exception {
    List<String> cmd = new ArrayList<>(List.of("sh", installation.resolve("bin/ctyun").toString()));
    cmd.addAll(List.of(args));
    return exec(cmd, env);
  }

  private record Result(int code, String out, String err) {}

  private static Result exec(List<String> cmd, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd);
    if (!env.isEmpty()) {
      pb.environment().clear();
      pb.environment().putAll(env);
    }
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(cmd + " did not finish within " + RUN_TIMEOUT);
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
