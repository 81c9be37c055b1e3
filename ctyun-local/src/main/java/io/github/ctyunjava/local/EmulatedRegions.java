package io.github.ctyunjava.local;

import io.github.ctyunjava.local.service.Regions;
import java.util.Map;

/** The regions (resource pools) the emulator knows: the public view of its region catalogue. */
public final class EmulatedRegions {
  /** The region of CTyun's documentation samples, a real region ID. */
  public static final String DOC_SAMPLE = Regions.DOC_SAMPLE;

  private EmulatedRegions() {}

  /** Region IDs and their names, in a stable order. */
  public static Map<String, String> all() {
    return Regions.all();
  }
}
