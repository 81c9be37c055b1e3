package io.github.ctyunjava.cli.demo;

import io.github.ctyunjava.cli.output.TextTable;
import io.github.ctyunjava.ecx.model.Cluster;
import io.github.ctyunjava.ecx.model.DescribeInstanceSpecResponse;
import io.github.ctyunjava.ecx.model.DescribeRegionClustersResponse;
import io.github.ctyunjava.ecx.model.InstanceSpec;
import io.github.ctyunjava.ecx.model.RegionClusters;
import io.github.ctyunjava.vpce.model.BackendInstance;
import io.github.ctyunjava.vpce.model.Endpoint;
import io.github.ctyunjava.vpce.model.EndpointService;
import io.github.ctyunjava.vpce.model.EndpointServiceBackend;
import io.github.ctyunjava.vpce.model.EndpointServiceRule;
import io.github.ctyunjava.vpce.model.EndpointStatus;
import io.github.ctyunjava.vpce.model.Vpc;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The demo's listings as tables, with the columns that matter, from the typed answers. */
final class DemoListings {
  private DemoListings() {}

  /** describeRegionClusters: one row per cluster. */
  static TextTable clusters(DescribeRegionClustersResponse answer) {
    TextTable t = TextTable.of("REGION", "NODE CODE", "NODE NAME", "STATUS");
    for (RegionClusters region : orEmpty(answer.results())) {
      String name = text(region.regionName()).isEmpty() ? region.regionCode() : region.regionName();
      for (Cluster c : orEmpty(region.clusters())) {
        t.row(text(name), text(c.nodeCode()), text(c.nodeName()), text(c.status()));
      }
    }
    return t;
  }

  /** describeInstanceSpec. */
  static TextTable specs(DescribeInstanceSpecResponse answer) {
    TextTable t = TextTable.of("SPEC", "VCPU", "MEMORY (GB)", "ARCH", "SOLD OUT");
    for (InstanceSpec s : orEmpty(answer.results())) {
      t.row(
          text(s.specCode()).isEmpty() ? text(s.specName()) : s.specCode(),
          text(s.cpu()),
          text(s.memory()),
          s.architecture() == null ? "" : text(s.architecture().value()),
          text(s.soldOut()));
    }
    return t;
  }

  /** listVpcs. */
  static TextTable vpcs(List<Vpc> vpcs) {
    TextTable t = TextTable.of("VPC ID", "NAME", "CIDR", "SUBNETS");
    for (Vpc v : vpcs) {
      t.row(
          text(v.vpcId()),
          text(v.name()),
          text(v.cidr()),
          String.join(",", orEmpty(v.subnetIds())));
    }
    return t;
  }

  /** listEndpointServiceBackends. */
  static TextTable backends(List<BackendInstance> backends) {
    TextTable t = TextTable.of("TYPE", "INSTANCE ID");
    for (BackendInstance b : backends) {
      t.row(text(b.instanceType()), text(b.instanceId()));
    }
    return t;
  }

  /** listEndpoints. */
  static TextTable endpoints(List<Endpoint> endpoints) {
    TextTable t = TextTable.of("ENDPOINT ID", "NAME", "STATUS", "IP", "SERVICE");
    for (Endpoint e : endpoints) {
      t.row(
          text(e.id()),
          text(e.name()),
          status(e.status()),
          text(e.vpcAddress()),
          text(e.endpointServiceId()));
    }
    return t;
  }

  /** listEndpointServices. */
  static TextTable services(List<EndpointService> services) {
    TextTable t = TextTable.of("SERVICE ID", "NAME", "TYPE", "AUTO-CONNECT", "RULES", "BACKENDS");
    for (EndpointService s : services) {
      List<String> rules = new ArrayList<>();
      for (EndpointServiceRule r : orEmpty(s.rules())) {
        rules.add(text(r.protocol()) + " " + text(r.endpointPort()) + "->" + text(r.serverPort()));
      }
      List<String> backends = new ArrayList<>();
      for (EndpointServiceBackend b : orEmpty(s.backends())) {
        backends.add(text(b.instanceType()) + " " + text(b.instanceId()));
      }
      t.row(
          text(s.id()),
          text(s.name()),
          text(s.type()),
          text(s.autoConnection()),
          String.join(", ", rules),
          String.join(", ", backends));
    }
    return t;
  }

  /** An endpoint's status: connected, not connected, or empty when unknown. */
  static String status(EndpointStatus status) {
    if (EndpointStatus.CONNECTED.equals(status)) {
      return "connected";
    }
    return status == null ? "" : "not connected";
  }

  /** {@code "1 VPC"}, {@code "2 VPCs"}. */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The size of a list that may be absent from the answer. */
  static int size(List<?> list) {
    return list == null ? 0 : list.size();
  }

  /** A list that may be absent from the answer, as a list. */
  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String text(Object value) {
    return Objects.toString(value, "");
  }
}
