package io.github.ctyunjava.cli.config;

import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.KnownRegions;
import io.github.ctyunjava.cli.common.Messages;
import io.github.ctyunjava.cli.common.TopCommand;
import io.github.ctyunjava.core.auth.Credentials;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ctyun configure}: asks for the access key, secret key, region, output format, endpoint and
 * language of a profile and stores them, asking again (up to {@value #ATTEMPTS} times) when a value
 * is not valid; {@code set}/{@code get} do the same without prompts, {@code list-regions} shows the
 * known regions.
 */
@Command(
    name = "configure",
    sortOptions = false,
    description = {
      "Store credentials and settings of a profile in ~/.ctyun/credentials and ~/.ctyun/config"
          + " (owner-only permissions). Asks for each value; press Enter to keep the current one.",
      "Files: $CTYUN_SHARED_CREDENTIALS_FILE and $CTYUN_CONFIG_FILE override the locations.",
      ""
    },
    subcommands = {
      ConfigureSetCommand.class,
      ConfigureGetCommand.class,
      ConfigureListCommand.class,
      ConfigureRegionsCommand.class
    })
public final class ConfigureCommand implements Callable<Integer> {
  /** The keys asked for, in order; each prompt is the message {@code configure.prompt.KEY}. */
  private static final String[] PROMPTS = {
    ConfigStore.ACCESS_KEY,
    ConfigStore.SECRET_KEY,
    ConfigStore.REGION_ID,
    ConfigStore.OUTPUT,
    ConfigStore.ENDPOINT_URL,
    ConfigStore.LANGUAGE,
  };

  /** How often a value is asked for before configure gives up. */
  static final int ATTEMPTS = 3;

  @ParentCommand private TopCommand top;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    CliContext ctx = top.context();
    String profile = top.profileName();
    ConfigStore store = store();
    Console console = ctx.console();
    BufferedReader stdin =
        console == null
            ? new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8))
            : null;
    Messages messages = top.messages();
    Map<String, String> answers = new LinkedHashMap<>();
    for (String key : PROMPTS) {
      String current = store.get(profile, key);
      if (current != null && ConfigStore.isCredential(key)) {
        current = Credentials.redact(current); // both keys stay off the screen
      }
      String text =
          messages.get(
              "configure.prompt." + key,
              current == null ? messages.get("configure.none") : current);
      boolean secret = ConfigStore.SECRET_KEY.equals(key);
      for (int attempt = 1; ; attempt++) {
        String answer = ask(text, secret, console, stdin, ctx.out());
        if (answer == null || answer.isBlank()) {
          break; // keep what is there
        }
        answer = answer.trim();
        String problem = ConfigStore.validate(key, answer, messages);
        if (problem == null) {
          answers.put(key, answer);
          warnIfNotEmulated(key, answer);
          break;
        }
        if (attempt == ATTEMPTS) {
          throw new ParameterException(spec.commandLine(), problem);
        }
        ctx.err().println(messages.get("configure.tryAgain", problem));
        ctx.err().flush();
      }
    }
    store.putAll(profile, answers);
    return ExitCodes.OK;
  }

  /** A region of the right form that the emulator does not have is fine for the real cloud. */
  private void warnIfNotEmulated(String key, String value) {
    if (ConfigStore.REGION_ID.equals(key) && !KnownRegions.inEmulator(value)) {
      top.context().err().println(top.messages().get("configure.regionNotEmulated", value));
    }
  }

  private static String ask(
      String prompt, boolean secret, Console console, BufferedReader stdin, PrintWriter out) {
    if (console != null) {
      if (secret) {
        char[] chars = console.readPassword("%s", prompt);
        return chars == null ? null : new String(chars);
      }
      return console.readLine("%s", prompt);
    }
    out.print(prompt);
    out.flush();
    try {
      return stdin.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stdin", e);
    }
  }

  /** The profile files for this run. */
  ConfigStore store() {
    return new ConfigStore(top.context().env());
  }

  /** The top command. */
  TopCommand top() {
    return top;
  }
}
