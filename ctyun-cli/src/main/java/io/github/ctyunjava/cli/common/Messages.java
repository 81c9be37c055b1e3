package io.github.ctyunjava.cli.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The CLI's own messages in the chosen language: {@code messages.properties} (English) and {@code
 * messages_zh.properties} (Chinese), one key per message, {@link MessageFormat} arguments.
 */
public final class Messages {
  static final String BUNDLE = "io.github.ctyunjava.cli.messages";

  /** The picocli help texts that differ from the English ones in the annotations. */
  static final String HELP_BUNDLE = "io.github.ctyunjava.cli.help";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale) {
    this.locale = locale;
    // no fallback to the JVM's default locale: the language is decided by CliLanguage alone
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
  }

  /**
   * The messages in {@code locale} ({@link CliLanguage#ENGLISH} or {@link CliLanguage#CHINESE}).
   */
  public static Messages of(Locale locale) {
    return new Messages(locale);
  }

  /** The language of the messages. */
  Locale locale() {
    return locale;
  }

  /** Whether the messages are Chinese. */
  boolean chinese() {
    return CliLanguage.CHINESE.getLanguage().equals(locale.getLanguage());
  }

  /** The message {@code key} with {@code args} filled in. */
  public String get(String key, Object... args) {
    // always formatted, so every message quotes an apostrophe the same way ('')
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /** The picocli help bundle for this language, or null when the annotations' English is used. */
  public ResourceBundle helpBundle() {
    return chinese() ? ResourceBundle.getBundle(HELP_BUNDLE, locale, NO_FALLBACK) : null;
  }
}
