package io.github.ctyunjava.cli.config;

import io.github.ctyunjava.cli.common.ConfigurationException;
import io.github.ctyunjava.cli.common.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ctyun configure get KEY}: prints one setting of a profile (secret_key redacted). */
@Command(
    name = "get",
    description = {
      "Print one setting of a profile; secret_key is shown redacted. Exits with 4 when the"
          + " setting is not stored.",
      ""
    })
final class ConfigureGetCommand implements Callable<Integer> {
  @ParentCommand private ConfigureCommand configure;

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "KEY",
      description = "access_key, secret_key, region_id, output, endpoint_url or language.")
  private String key;

  @Override
  public Integer call() {
    if (!ConfigStore.KEYS.contains(key)) {
      throw new ParameterException(
          spec.commandLine(),
          "unknown key '" + key + "'; known keys: " + String.join(", ", ConfigStore.KEYS));
    }
    String profile = configure.top().profileName();
    ConfigStore store = configure.store();
    String value = store.get(profile, key);
    if (value == null) {
      throw new ConfigurationException(
          key + " is not set in profile '" + profile + "' of " + store.pathOf(key));
    }
    configure.top().context().out().println(ConfigStore.display(key, value));
    return ExitCodes.OK;
  }
}
