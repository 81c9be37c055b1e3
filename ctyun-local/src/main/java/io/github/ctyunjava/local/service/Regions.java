package io.github.ctyunjava.local.service;

import io.github.ctyunjava.local.api.ApiError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The emulated regions (resource pools). Only {@code 81f7728662dd11ec810800155d307d5b} is a
 * documented real ID; the others are emulator-made 32-hex IDs.
 */
public final class Regions {
  /** The region used in CTyun's documentation samples. */
  public static final String DOC_SAMPLE = "81f7728662dd11ec810800155d307d5b";

  private static final Map<String, String> REGIONS = new LinkedHashMap<>();

  static {
    REGIONS.put(DOC_SAMPLE, "华东1");
    REGIONS.put("bb9fdb42056f11eda1610242ac110002", "华北2");
    REGIONS.put("e4f7b3a8c9d011ee8f1e0242ac120004", "华南1");
    REGIONS.put("a5b3c0e4d7f611ee9c3b0242ac110003", "西南1");
  }

  private Regions() {}

  /** Region IDs and their names. */
  public static Map<String, String> all() {
    return java.util.Collections.unmodifiableMap(REGIONS);
  }

  /**
   * Checks that the region exists.
   *
   * @throws ApiError {@code Openapi.Region.NotFound} otherwise
   */
  public static void require(String regionId) {
    if (!REGIONS.containsKey(regionId)) {
      throw ApiError.business(
          ErrorCodes.REGION_NOT_FOUND,
          "region " + regionId + " does not exist",
          "资源池" + regionId + "不存在");
    }
  }
}
