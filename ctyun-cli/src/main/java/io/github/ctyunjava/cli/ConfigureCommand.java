package io.github.ctyunjava.cli;

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
 * {@code ctyun configure}: asks for the access key, secret key, region, output format and endpoint
 * of a profile and stores them; {@code set}/{@code get} do the same without prompts.
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
      ConfigureListCommand.class
    })
final class ConfigureCommand implements Callable<Integer> {
  private static final String[][] PROMPTS = {
    {ConfigStore.ACCESS_KEY, "CTyun Access Key (AK)"},
    {ConfigStore.SECRET_KEY, "CTyun Secret Key (SK)"},
    {ConfigStore.REGION_ID, "Default region ID"},
    {ConfigStore.OUTPUT, "Default output format (json, table, text)"},
    {ConfigStore.ENDPOINT_URL, "Endpoint URL (empty: the public endpoints)"},
  };

  @ParentCommand private Ctyun top;

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
    Map<String, String> answers = new LinkedHashMap<>();
    for (String[] prompt : PROMPTS) {
      String key = prompt[0];
      String current = store.get(profile, key);
      if (current != null && ConfigStore.isCredential(key)) {
        current = Credentials.redact(current); // both keys stay off the screen
      }
      String text = prompt[1] + " [" + (current == null ? "None" : current) + "]: ";
      boolean secret = ConfigStore.SECRET_KEY.equals(key);
      String answer = ask(text, secret, console, stdin, ctx.out());
      if (answer == null || answer.isBlank()) {
        continue; // keep what is there
      }
      answer = answer.trim();
      String problem = ConfigStore.validate(key, answer);
      if (problem != null) {
        throw new ParameterException(spec.commandLine(), problem);
      }
      answers.put(key, answer);
    }
    store.putAll(profile, answers);
    return ExitCodes.OK;
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
  Ctyun top() {
    return top;
  }
}
