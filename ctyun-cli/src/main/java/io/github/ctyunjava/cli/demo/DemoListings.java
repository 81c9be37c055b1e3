package io.github.ctyunjava.cli.demo;

import static io.github.ctyunjava.cli.demo.DemoJson.items;
import static io.github.ctyunjava.cli.demo.DemoJson.joined;
import static io.github.ctyunjava.cli.demo.DemoJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.cli.output.TextTable;
import java.util.ArrayList;
import java.util.List;

/** The demo's listings as tables, with the columns that matter, from the answers' real fields. */
final class DemoListings {
  private DemoListings() {}

  /** describeRegionClusters: one row per cluster. */
  static TextTable clusters(JsonNode returnObj) {
    TextTable t = TextTable.of("REGION", "NODE CODE", "NODE NAME", "STATUS");
    for (JsonNode region : items(returnObj, "results")) {
      for (JsonNode c : region.path("clusters")) {
        t.row(
            text(region, "regionName", "regionCode"),
            text(c, "nodeCode"),
            text(c, "nodeName"),
            text(c, "status"));
      }
    }
    return t;
  }

  /** describeInstanceSpec. */
  static TextTable specs(JsonNode returnObj) {
    TextTable t = TextTable.of("SPEC", "VCPU", "MEMORY (GB)", "ARCH", "SOLD OUT");
    for (JsonNode s : items(returnObj, "results")) {
      t.row(
          text(s, "specCode", "specName"),
          text(s, "cpu"),
          text(s, "memory"),
          text(s, "architecture"),
          text(s, "soldOut"));
    }
    return t;
  }

  /** listVpcs. */
  static TextTable vpcs(JsonNode returnObj) {
    TextTable t = TextTable.of("VPC ID", "NAME", "CIDR", "SUBNETS");
    for (JsonNode v : items(returnObj, "vpcs")) {
      t.row(text(v, "vpcID"), text(v, "name"), text(v, "CIDR"), joined(v.path("subnetIDs")));
    }
    return t;
  }

  /** listEndpointServiceBackends. */
  static TextTable backends(JsonNode returnObj) {
    TextTable t = TextTable.of("TYPE", "INSTANCE ID");
    for (JsonNode b : items(returnObj, "backends")) {
      t.row(text(b, "instanceType"), text(b, "instanceID"));
    }
    return t;
  }

  /** listEndpoints. */
  static TextTable endpoints(JsonNode returnObj) {
    TextTable t = TextTable.of("ENDPOINT ID", "NAME", "STATUS", "IP", "SERVICE");
    for (JsonNode e : items(returnObj, "endpoints")) {
      t.row(
          text(e, "ID", "endpointID"),
          text(e, "name"),
          status(e),
          text(e, "vpcAddress"),
          text(e, "endpointServiceID"));
    }
    return t;
  }

  /** listEndpointServices. */
  static TextTable services(JsonNode returnObj) {
    TextTable t = TextTable.of("SERVICE ID", "NAME", "TYPE", "AUTO-CONNECT", "RULES", "BACKENDS");
    for (JsonNode s : items(returnObj, "endpointServices")) {
      List<String> rules = new ArrayList<>();
      for (JsonNode r : s.path("rules")) {
        rules.add(
            text(r, "protocol") + " " + text(r, "endpointPort") + "->" + text(r, "serverPort"));
      }
      List<String> backends = new ArrayList<>();
      for (JsonNode b : s.path("backends")) {
        backends.add(text(b, "instanceType") + " " + text(b, "instanceID"));
      }
      t.row(
          text(s, "ID", "endpointServiceID"),
          text(s, "name"),
          text(s, "type"),
          text(s, "autoConnection"),
          String.join(", ", rules),
          String.join(", ", backends));
    }
    return t;
  }

  /** An endpoint's {@code status}: 1 connected, 2 not connected. */
  static String status(JsonNode endpoint) {
    JsonNode s = endpoint.path("status");
    if (s.asInt() == 1) {
      return "connected";
    }
    return s.isMissingNode() || s.isNull() ? "" : "not connected";
  }
}
