package io.github.ctyunjava.local.junit;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.CtyunRequest;

/** Minimal VPC calls for the reset tests. */
final class Vpcs {
  static final String REGION = CtyunLocalExtension.SAMPLE_REGION;

  private Vpcs() {}

  static int vpcCount(CtyunClient client) {
    return client
        .call(
            CtyunRequest.builder()
                .product("ctvpc")
                .method("GET")
                .path("/v4/vpc/list")
                .addQueryParam("regionID", REGION)
                .build())
        .envelope()
        .returnObj()
        .path("vpcs")
        .size();
  }

  static void createVpc(CtyunClient client, String name) {
    client.call(
        CtyunRequest.builder()
            .product("ctvpc")
            .method("POST")
            .path("/v4/vpc/create")
            .jsonBody(
                "{\"clientToken\":\""
                    + name
                    + "\",\"regionID\":\""
                    + REGION
                    + "\",\"name\":\""
                    + name
                    + "\",\"CIDR\":\"192.168.0.0/16\"}")
            .build());
  }
}
