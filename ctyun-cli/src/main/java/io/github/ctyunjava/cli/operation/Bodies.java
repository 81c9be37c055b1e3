package io.github.ctyunjava.cli.operation;

import io.github.ctyunjava.cli.common.CliContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reads request bodies given on the command line: inline text, {@code @FILE} or {@code @-}. */
final class Bodies {
  private Bodies() {}

  /** The bytes of {@code --body VALUE}: UTF-8 text, a file's exact bytes, or all of stdin. */
  static byte[] read(String value, CliContext ctx, CommandSpec spec) {
    if (!value.startsWith("@")) {
      return value.getBytes(StandardCharsets.UTF_8);
    }
    String name = value.substring(1);
    if (name.equals("-")) {
      try {
        return ctx.in().readAllBytes();
      } catch (IOException e) {
        throw new ParameterException(
            spec.commandLine(), "cannot read the body from stdin: " + e.getMessage());
      }
    }
    return readFile(name, spec);
  }

  /** A file's exact bytes. */
  static byte[] readFile(String name, CommandSpec spec) {
    try {
      return Files.readAllBytes(Paths.get(name));
    } catch (NoSuchFileException e) {
      throw new ParameterException(spec.commandLine(), "body file not found: " + name);
    } catch (IOException | InvalidPathException e) {
      throw new ParameterException(
          spec.commandLine(), "cannot read body file " + name + ": " + e.getMessage());
    }
  }

  /** A file's exact bytes. */
  static byte[] readFile(Path file, CommandSpec spec) {
    return readFile(file.toString(), spec);
  }
}
