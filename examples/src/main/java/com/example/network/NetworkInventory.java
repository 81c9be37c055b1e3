package com.example.network;

import io.github.ctyunjava.vpce.VpceClient;
import io.github.ctyunjava.vpce.model.CreateVpcRequest;
import io.github.ctyunjava.vpce.model.ListVpcsRequest;
import io.github.ctyunjava.vpce.model.Vpc;
import java.util.ArrayList;
import java.util.List;

/** Creates VPCs and lists them, with the typed VPC endpoint client. */
public final class NetworkInventory {
  private final VpceClient vpce;
  private final String regionId;

  /** An inventory of one region, through {@code vpce}. */
  public NetworkInventory(VpceClient vpce, String regionId) {
    this.vpce = vpce;
    this.regionId = regionId;
  }

  /** Creates a VPC and waits until it is available; returns it. */
  public Vpc createVpc(String name, String cidr) {
    String vpcId =
        vpce.createVpc(
                CreateVpcRequest.builder().regionId(regionId).name(name).cidr(cidr).build())
            .vpcId();
    return vpce.waiter().untilVpcAvailable(regionId, vpcId);
  }

  /** The names of every VPC in the region, fetching the pages as it goes. */
  public List<String> vpcNames() {
    List<String> names = new ArrayList<>();
    ListVpcsRequest request = ListVpcsRequest.builder().regionId(regionId).pageSize(2).build();
    for (Vpc vpc : vpce.listVpcsPaginator(request).items()) {
      names.add(vpc.name());
    }
    return names;
  }

  /**
   * Lists the VPCs of a region with the default credentials chain (environment, {@code
   * ~/.ctyun}).
   */
  public static void main(String[] args) {
    String region = args.length > 0 ? args[0] : "81f7728662dd11ec810800155d307d5b";
    try (VpceClient vpce = VpceClient.builder().build()) {
      for (String name : new NetworkInventory(vpce, region).vpcNames()) {
        System.out.println(name);
      }
    }
  }
}
