package io.github.ctyunjava.cli.demo;

import static io.github.ctyunjava.cli.demo.DemoListings.count;
import static io.github.ctyunjava.cli.demo.DemoOp.DESCRIBE_INSTANCE_SPEC;
import static io.github.ctyunjava.cli.demo.DemoOp.DESCRIBE_REGION_CLUSTERS;

import io.github.ctyunjava.cli.output.TextTable;
import io.github.ctyunjava.ecx.EcxClient;
import io.github.ctyunjava.ecx.model.Cluster;
import io.github.ctyunjava.ecx.model.DescribeInstanceSpecRequest;
import io.github.ctyunjava.ecx.model.DescribeInstanceSpecResponse;
import io.github.ctyunjava.ecx.model.DescribeRegionClustersRequest;
import io.github.ctyunjava.ecx.model.DescribeRegionClustersResponse;
import io.github.ctyunjava.ecx.model.RegionClusters;

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
    EcxClient ecx = steps.ecx();
    DescribeRegionClustersResponse regions =
        steps.call(
            DESCRIBE_REGION_CLUSTERS,
            null,
            () -> ecx.describeRegionClusters(DescribeRegionClustersRequest.builder().build()));
    String node = SAMPLE_NODE_CODE;
    if (regions != null) {
      TextTable clusters = DemoListings.clusters(regions);
      log.ok(
          DESCRIBE_REGION_CLUSTERS,
          count(DemoListings.size(regions.results()), "region")
              + ", "
              + count(clusters.size(), "cluster"));
      log.table(clusters);
      node = firstNodeCode(regions, SAMPLE_NODE_CODE);
    }
    String nodeCode = node;
    DescribeInstanceSpecResponse specs =
        steps.call(
            DESCRIBE_INSTANCE_SPEC,
            null,
            () ->
                ecx.describeInstanceSpec(
                    DescribeInstanceSpecRequest.builder().nodeCode(nodeCode).build()));
    if (specs != null) {
      TextTable table = DemoListings.specs(specs);
      log.ok(DESCRIBE_INSTANCE_SPEC, "nodeCode=" + nodeCode + ": " + count(table.size(), "spec"));
      log.table(table);
    }
  }

  private static String firstNodeCode(DescribeRegionClustersResponse regions, String dflt) {
    for (RegionClusters region : DemoListings.orEmpty(regions.results())) {
      for (Cluster c : DemoListings.orEmpty(region.clusters())) {
        if (c.nodeCode() != null && !c.nodeCode().isEmpty()) {
          return c.nodeCode();
        }
      }
    }
    return dflt;
  }
}
