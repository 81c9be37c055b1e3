package io.github.ctyunjava.cli.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.cli.output.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The files a running {@code ctyun local start} keeps in its data directory, so that {@code ctyun
 * local status|stop|reset} can find it: {@value #PID} (the process id), {@value #STATE} (endpoint,
 * store and admin token; readable by the owner only, like the store itself) and {@value #LOG} (the
 * output of a detached emulator).
 */
final class LocalRunFiles {
  static final String PID = "ctyun-local.pid";
  static final String STATE = "ctyun-local.json";
  static final String LOG = "ctyun-local.log";

  private final Path dir;

  private LocalRunFiles(Path dir) {
    this.dir = dir;
  }

  /** The run files in data directory {@code dir}. */
  static LocalRunFiles in(Path dir) {
    return new LocalRunFiles(dir);
  }

  /** The data directory. */
  Path dir() {
    return dir;
  }

  /** Whether the pid file exists (it is written after the state file, each atomically). */
  boolean pidFileWritten() {
    return Files.isRegularFile(dir.resolve(PID));
  }

  /** The log of a detached emulator. */
  Path log() {
    return dir.resolve(LOG);
  }

  /** What a running emulator recorded about itself. */
  record State(long pid, String endpoint, String store, String adminToken) {
    @Override
    public String toString() {
      return "State[pid=" + pid + ", endpoint=" + endpoint + ", store=" + store + "]";
    }
  }

  /** Records {@code state} (the state file first, so a pid file always has its state). */
  void write(State state) {
    ObjectNode json = Json.object();
    json.put("pid", state.pid());
    json.put("endpoint", state.endpoint());
    json.put("store", state.store());
    json.put("adminToken", state.adminToken());
    try {
      Files.createDirectories(dir);
      writeOwnerOnly(dir.resolve(STATE), Json.bytes(json));
      writeOwnerOnly(dir.resolve(PID), (state.pid() + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the run files in " + dir, e);
    }
  }

  /** The recorded state, or empty when there is none or it cannot be read. */
  Optional<State> read() {
    Path file = dir.resolve(STATE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    JsonNode json;
    try {
      json = Json.parseOrNull(Files.readAllBytes(file));
    } catch (IOException e) {
      return Optional.empty();
    }
    if (json == null || !json.path("pid").canConvertToLong()) {
      return Optional.empty();
    }
    return Optional.of(
        new State(
            json.path("pid").asLong(),
            json.path("endpoint").asText(),
            json.path("store").asText(),
            json.path("adminToken").asText()));
  }

  /**
   * The recorded state if its process is still a running emulator; removes the files of one that is
   * gone (killed, or the machine restarted).
   */
  Optional<State> running() {
    Optional<State> state = read();
    if (state.isPresent() && !isEmulator(state.get().pid())) {
      delete(state.get().pid());
      return Optional.empty();
    }
    return state;
  }

  /** Removes the pid and state files if they still describe process {@code pid}. */
  void delete(long pid) {
    Optional<State> state = read();
    if (state.isEmpty() || state.get().pid() == pid) {
      try {
        Files.deleteIfExists(dir.resolve(PID));
        Files.deleteIfExists(dir.resolve(STATE));
      } catch (IOException e) {
        // best effort: a later status removes files of a process that is gone
      }
    }
  }

  /**
   * Whether {@code pid} is a live process that runs the emulator (not another program that got the
   * number after the emulator died).
   */
  static boolean isEmulator(long pid) {
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .map(p -> p.info().commandLine().map(LocalRunFiles::isStartCommand).orElse(true))
        .orElse(false);
  }

  private static boolean isStartCommand(String commandLine) {
    return commandLine.contains("local") && commandLine.contains("start");
  }

  private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
    Path tmp = Files.createTempFile(file.getParent(), ".ctyun-local", ".tmp"); // owner-only (POSIX)
    try {
      Files.write(tmp, content);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
