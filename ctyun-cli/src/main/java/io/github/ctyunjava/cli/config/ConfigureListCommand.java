package io.github.ctyunjava.cli.config;

import io.github.ctyunjava.cli.common.ExitCodes;
import io.github.ctyunjava.cli.common.TopCommand;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.auth.ProfileFile;
import io.github.ctyunjava.core.config.CtyunConfiguration;
import io.github.ctyunjava.core.config.Setting;
import io.github.ctyunjava.core.http.ProxyConfiguration;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ctyun configure list}: the settings in effect for the profile and where each comes from;
 * keys are shown redacted.
 */
@Command(
    name = "list",
    description = {
      "Show the settings in effect for the profile and where each one comes from (environment"
          + " or file). Keys are shown redacted.",
      ""
    })
final class ConfigureListCommand implements Callable<Integer> {
  private static final String ROW = "%-12s %-40s %s%n";

  @ParentCommand private ConfigureCommand configure;

  @Override
  public Integer call() {
    TopCommand top = configure.top();
    Map<String, String> env = top.context().env();
    ConfigStore store = configure.store();
    String profile = top.profileName();
    PrintWriter out = top.context().out();
    out.printf(ROW, "NAME", "VALUE", "SOURCE");
    String profileSource =
        top.profileOption() != null
            ? "--profile"
            : env.containsKey(ProfileFile.PROFILE_ENV)
                ? "env " + ProfileFile.PROFILE_ENV
                : "default";
    out.printf(ROW, "profile", profile, profileSource);
    String[] akEnv = {"CTYUN_AK", "CTYUN_ACCESS_KEY"};
    String[] skEnv = {"CTYUN_SK", "CTYUN_SECRET_KEY"};
    boolean keysFromEnv =
        top.profileOption() == null && firstSet(env, akEnv) != null && firstSet(env, skEnv) != null;
    CtyunConfiguration config = ClientFactory.configuration(top);
    for (String key : ConfigStore.KEYS) {
      String value = null;
      String source = null;
      Setting<?> setting = standardSetting(key);
      if (keysFromEnv && ConfigStore.isCredential(key)) {
        source = firstSet(env, ConfigStore.ACCESS_KEY.equals(key) ? akEnv : skEnv);
        value = env.get(source).trim();
        source = "env " + source;
      } else if (setting != null) {
        Object v = config.get(setting);
        value =
            v instanceof ProxyConfiguration
                ? ConfigStore.display((ProxyConfiguration) v)
                : v == null ? null : v.toString();
        source = sourceOf(config, setting);
      } else {
        value = store.get(profile, key);
        source = value == null ? "-" : store.pathOf(key).toString();
      }
      out.printf(ROW, key, value == null ? "<not set>" : redact(key, value), source);
    }
    return ExitCodes.OK;
  }

  private static Setting<?> standardSetting(String key) {
    for (Setting<?> s : Setting.standardSettings()) {
      if (s.profileKey().equals(key)) {
        return s;
      }
    }
    return null;
  }

  private static String sourceOf(CtyunConfiguration config, Setting<?> setting) {
    switch (config.source(setting)) {
      case EXPLICIT:
        return "--" + setting.profileKey().replace('_', '-');
      case PROFILE:
        return config.configFile().toString();
      case DEFAULT:
        return "-";
      default:
        return config.describeSource(setting);
    }
  }

  private static String redact(String key, String value) {
    return ConfigStore.isCredential(key) ? Credentials.redact(value) : value;
  }

  private static String firstSet(Map<String, String> env, String... names) {
    for (String name : names) {
      String v = env.get(name);
      if (v != null && !v.isBlank()) {
        return name;
      }
    }
    return null;
  }
}
