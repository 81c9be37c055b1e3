package io.github.ctyunjava.cli.demo;

import java.util.List;

/**
 * One step of the demo, named by the spec's operationId of the typed call it makes (the name the
 * step log prints).
 *
 * @param id the spec's operationId
 */
record DemoOp(String id) {
  static final DemoOp DESCRIBE_REGION_CLUSTERS = new DemoOp("describeRegionClusters");
  static final DemoOp DESCRIBE_INSTANCE_SPEC = new DemoOp("describeInstanceSpec");
  static final DemoOp CREATE_VPC = new DemoOp("createVpc");
  static final DemoOp CREATE_SUBNET = new DemoOp("createSubnet");
  static final DemoOp LIST_VPCS = new DemoOp("listVpcs");
  static final DemoOp CREATE_ENDPOINT_SERVICE = new DemoOp("createEndpointService");
  static final DemoOp CREATE_ENDPOINT_SERVICE_RULE = new DemoOp("createEndpointServiceRule");
  static final DemoOp LIST_ENDPOINT_SERVICE_BACKENDS = new DemoOp("listEndpointServiceBackends");
  static final DemoOp CREATE_ENDPOINT_SERVICE_WHITELIST =
      new DemoOp("createEndpointServiceWhitelist");
  static final DemoOp CREATE_ENDPOINT = new DemoOp("createEndpoint");
  static final DemoOp SHOW_ENDPOINT = new DemoOp("showEndpoint");
  static final DemoOp LIST_ENDPOINTS = new DemoOp("listEndpoints");
  static final DemoOp LIST_ENDPOINT_SERVICES = new DemoOp("listEndpointServices");
  static final DemoOp DELETE_ENDPOINT = new DemoOp("deleteEndpoint");
  static final DemoOp DELETE_ENDPOINT_SERVICE = new DemoOp("deleteEndpointService");
  static final DemoOp DELETE_SUBNET = new DemoOp("deleteSubnet");
  static final DemoOp DELETE_VPC = new DemoOp("deleteVpc");

  /** Every step of the demo, in scenario order. */
  static List<DemoOp> all() {
    return List.of(
        DESCRIBE_REGION_CLUSTERS,
        DESCRIBE_INSTANCE_SPEC,
        CREATE_VPC,
        CREATE_SUBNET,
        LIST_VPCS,
        CREATE_ENDPOINT_SERVICE,
        CREATE_ENDPOINT_SERVICE_RULE,
        LIST_ENDPOINT_SERVICE_BACKENDS,
        CREATE_ENDPOINT_SERVICE_WHITELIST,
        CREATE_ENDPOINT,
        SHOW_ENDPOINT,
        LIST_ENDPOINTS,
        LIST_ENDPOINT_SERVICES,
        DELETE_ENDPOINT,
        DELETE_ENDPOINT_SERVICE,
        DELETE_SUBNET,
        DELETE_VPC);
  }
}
