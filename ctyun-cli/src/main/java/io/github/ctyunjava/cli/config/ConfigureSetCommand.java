package io.github.ctyunjava.cli.config;

import io.github.ctyunjava.cli.common.ExitCodes;
import java.util.Collections;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ctyun configure set KEY VALUE}: stores one setting of a profile. */
@Command(
    name = "set",
    description = {
      "Store one setting of a profile without prompting.",
      "Keys: access_key, secret_key (credentials file); region_id, output, endpoint_url,"
          + " language (config file).",
      ""
    })
final class ConfigureSetCommand implements Callable<Integer> {
  @ParentCommand private ConfigureCommand configure;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KEY", description = "The setting's name.")
  private String key;

  @Parameters(index = "1", paramLabel = "VALUE", description = "The value.")
  private String value;

  @Override
  public Integer call() {
    String problem = ConfigStore.validate(key, value, configure.top().messages());
    if (problem != null) {
      throw new ParameterException(spec.commandLine(), problem);
    }
    configure
        .store()
        .putAll(configure.top().profileName(), Collections.singletonMap(key, value.trim()));
    return ExitCodes.OK;
  }
}
