package io.github.ctyunjava.cli.common;

import io.github.ctyunjava.local.EmulatedRegions;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The regions the CLI knows: the emulator's region catalogue, and the form of a real CTyun region
 * ID. The real cloud's regions are per account (listed by its {@code /v4/region/list-regions} API,
 * which the spec does not cover), so for them only the form is checked.
 */
public final class KnownRegions {
  /** The spec's {@code x-id-formats} for {@code regionID}: 32 hex digits, or a 36-char UUID. */
  private static final Pattern FORM = Pattern.compile("[0-9a-f]{32}|[0-9a-f-]{36}");

  /** The region of CTyun's documentation samples (the spec's first regionID sample). */
  public static final String EXAMPLE = EmulatedRegions.DOC_SAMPLE;

  private KnownRegions() {}

  /** The emulator's regions: ID to name. */
  public static Map<String, String> emulator() {
    return EmulatedRegions.all();
  }

  /** Whether {@code id} has the form of a CTyun region ID. */
  public static boolean wellFormed(String id) {
    return FORM.matcher(id).matches();
  }

  /** Whether the emulator has this region. */
  public static boolean inEmulator(String id) {
    return emulator().containsKey(id);
  }

  /** The emulator's regions as {@code id (name), ...} plus where the real cloud's are listed. */
  static String describe(Messages messages) {
    StringJoiner list = new StringJoiner(", ");
    for (Map.Entry<String, String> e : emulator().entrySet()) {
      list.add(e.getKey() + " (" + e.getValue() + ")");
    }
    return messages.get("regions.summary", list.toString());
  }
}
