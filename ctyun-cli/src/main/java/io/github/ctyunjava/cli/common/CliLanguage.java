package io.github.ctyunjava.cli.common;

import io.github.ctyunjava.core.auth.ProfileFile;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses the language of the CLI's messages and help: {@code --lang}, then {@code
 * $CTYUN_LANGUAGE}, then {@code language} of the profile config, then the OS locale ({@code
 * LC_ALL}, {@code LC_MESSAGES}, {@code LANG}, else the JVM's); Chinese for {@code zh*}, else
 * English.
 */
public final class CliLanguage {
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  /** The global option. */
  public static final String OPTION = "--lang";

  /** The environment variable. */
  static final String ENV = "CTYUN_LANGUAGE";

  /** The key in the profile config. */
  public static final String CONFIG_KEY = "language";

  private CliLanguage() {}

  /**
   * The language for a run.
   *
   * @param args the command line (read for {@code --lang} and {@code --profile} before parsing, as
   *     the help must be built in the right language)
   * @param osLocale the locale of the JVM, used when no {@code LC_*}/{@code LANG} is set
   */
  public static Locale resolve(String[] args, Map<String, String> env, Locale osLocale) {
    Locale chosen = parse(optionValue(args, OPTION));
    if (chosen == null) {
      chosen = parse(env.get(ENV));
    }
    if (chosen == null) {
      chosen = parse(profileLanguage(args, env));
    }
    if (chosen == null) {
      chosen = fromOs(env, osLocale);
    }
    return chosen;
  }

  /**
   * A language setting: {@code zh}, {@code zh-CN}, {@code zh_CN.UTF-8} and the like are Chinese,
   * {@code en*} English; null for a blank or unknown value.
   */
  public static Locale parse(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("zh") || v.startsWith("zh-") || v.startsWith("zh_")) {
      return CHINESE;
    }
    if (v.equals("en") || v.startsWith("en-") || v.startsWith("en_")) {
      return ENGLISH;
    }
    return null;
  }

  private static Locale fromOs(Map<String, String> env, Locale osLocale) {
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String v = env.get(name);
      if (v != null && !v.isBlank()) {
        return "zh".equals(v.trim().toLowerCase(Locale.ROOT).split("[_.@-]")[0])
            ? CHINESE
            : ENGLISH;
      }
    }
    return osLocale != null && "zh".equals(osLocale.getLanguage()) ? CHINESE : ENGLISH;
  }

  private static String profileLanguage(String[] args, Map<String, String> env) {
    String profile = optionValue(args, "--profile");
    if (profile == null) {
      profile = ProfileFile.defaultProfileName(env);
    }
    try {
      return ProfileFile.read(ProfileFile.defaultConfigPath(env)).profile(profile).get(CONFIG_KEY);
    } catch (RuntimeException e) {
      return null; // an unreadable config is reported by the command that needs it
    }
  }

  /** The value of {@code --name VALUE} or {@code --name=VALUE}, the last one given; or null. */
  static String optionValue(String[] args, String name) {
    String value = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals(name) && i + 1 < args.length) {
        value = args[++i];
      } else if (args[i].startsWith(name + "=")) {
        value = args[i].substring(name.length() + 1);
      }
    }
    return value;
  }
}
