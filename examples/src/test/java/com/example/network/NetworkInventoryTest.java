package com.example.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.local.junit.CtyunLocalTest;
import io.github.ctyunjava.vpce.VpceClient;
import io.github.ctyunjava.vpce.model.Vpc;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs against an in-process ctyun-local: signed calls over HTTP, no account, no cost. */
@CtyunLocalTest
class NetworkInventoryTest {
  private static final String REGION = "81f7728662dd11ec810800155d307d5b";

  @Test
  void createdVpcsAreAvailableAndListedAcrossPages(CtyunClient emulatorClient) {
    VpceClient vpce = VpceClient.builder().client(emulatorClient).build();
    NetworkInventory inventory = new NetworkInventory(vpce, REGION);

    Vpc vpc = inventory.createVpc("example-a", "10.1.0.0/16");
    inventory.createVpc("example-b", "10.2.0.0/16");
    inventory.createVpc("example-c", "10.3.0.0/16");

    assertTrue(vpc.vpcId().startsWith("vpc-"), vpc.vpcId());
    List<String> names = inventory.vpcNames(); // three VPCs, two per page: two pages
    assertEquals(Arrays.asList("example-a", "example-b", "example-c"), names);
  }
}
