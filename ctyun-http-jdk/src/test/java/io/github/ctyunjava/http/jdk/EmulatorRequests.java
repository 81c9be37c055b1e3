package io.github.ctyunjava.http.jdk;

import io.github.ctyunjava.core.CtyunRequest;
import io.github.ctyunjava.local.junit.CtyunLocalExtension;

/** Requests the tests send to the emulator. */
final class EmulatorRequests {
  private EmulatorRequests() {}

  /** A generic {@code GET /v4/vpc/list} in the emulator's sample region. */
  static CtyunRequest listVpcs() {
    return CtyunRequest.builder()
        .product("ctvpc")
        .method("GET")
        .path("/v4/vpc/list")
        .addQueryParam("regionID", CtyunLocalExtension.SAMPLE_REGION)
        .build();
  }
}
