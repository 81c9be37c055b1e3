package io.github.ctyunjava.local.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.local.CtyunLocalMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The standalone emulator ({@link CtyunLocalMain}) in a child JVM, for tests that kill it or make
 * two processes meet: on a port of its choosing, with the tests' fixed account and no profile.
 */
public final class ChildEmulator {
  /** A child that printed {@code ready}, and the port it serves on. */
  public record Started(Process process, int port) {}

  private ChildEmulator() {}

  /**
   * The child's command on {@code dataDir}; its stderr is appended to {@code stderrLog}. Callers
   * may add flags to {@code command()} and variables to {@code environment()} before starting it.
   */
  public static ProcessBuilder command(Path dataDir, Path stderrLog) {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.log.io.github.ctyunjava.local.access=info",
                "-cp",
                System.getProperty("java.class.path"),
                CtyunLocalMain.class.getName(),
                "--port",
                "0",
                "--data-dir",
                dataDir.toString(),
                "--no-profile"));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("CTYUN_LOCAL_AK", Local.AK);
    pb.environment().put("CTYUN_LOCAL_SK", Local.SK);
    pb.redirectError(ProcessBuilder.Redirect.appendTo(stderrLog.toFile()));
    return pb;
  }

  /** Starts the child and waits until it prints {@code ready}. */
  public static Started start(ProcessBuilder pb) throws IOException {
    Process p = pb.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    int port = -1;
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("ctyun-local endpoint:")) {
        String url = line.substring(line.indexOf("http"));
        port = Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
      }
      if (line.equals("ready")) {
        break;
      }
    }
    assertThat(port).as("child did not start; see " + pb.redirectError().file()).isPositive();
    return new Started(p, port);
  }
}
