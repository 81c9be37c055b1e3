package io.github.ctyunjava.cli.demo;

import static io.github.ctyunjava.cli.demo.DemoJson.count;
import static io.github.ctyunjava.cli.demo.DemoJson.items;
import static io.github.ctyunjava.cli.demo.DemoJson.text;
import static io.github.ctyunjava.cli.demo.DemoOp.DESCRIBE_INSTANCE_SPEC;
import static io.github.ctyunjava.cli.demo.DemoOp.DESCRIBE_REGION_CLUSTERS;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ctyunjava.cli.output.TextTable;

/** The ECX part of the demo: the edge clusters open to the account, and one cluster's specs. */
final class EcxWalkthrough {
  /** The ECX documentation's sample cluster, asked when no cluster list is available. */
  static final String SAMPLE_NODE_CODE = "hn-changde-1";

  private final DemoSteps steps;

  EcxWalkthrough(DemoSteps steps) {
    this.steps = steps;
  }

  void run() {
    StepLog log = steps.log();
    JsonNode r =
        steps.call(DESCRIBE_REGION_CLUSTERS, null, () -> steps.api().get(DESCRIBE_REGION_CLUSTERS));
    String node = SAMPLE_NODE_CODE;
    if (r != null) {
      JsonNode ret = r.path("returnObj");
      TextTable clusters = DemoListings.clusters(ret);
      int regions = items(ret, "results").size();
      log.ok(
          DESCRIBE_REGION_CLUSTERS,
          count(regions, "region") + ", " + count(clusters.size(), "cluster"));
      log.table(clusters);
      node = firstNodeCode(ret, SAMPLE_NODE_CODE);
    }
    String nodeCode = node;
    r =
        steps.call(
            DESCRIBE_INSTANCE_SPEC,
            null,
            () -> steps.api().get(DESCRIBE_INSTANCE_SPEC, "nodeCode", nodeCode));
    if (r != null) {
      TextTable specs = DemoListings.specs(r.path("returnObj"));
      log.ok(DESCRIBE_INSTANCE_SPEC, "nodeCode=" + nodeCode + ": " + count(specs.size(), "spec"));
      log.table(specs);
    }
  }

  private static String firstNodeCode(JsonNode returnObj, String dflt) {
    for (JsonNode region : items(returnObj, "results")) {
      for (JsonNode c : region.path("clusters")) {
        if (!text(c, "nodeCode").isEmpty()) {
          return text(c, "nodeCode");
        }
      }
    }
    return dflt;
  }
}
