package io.github.ctyunjava.cli.demo;

import java.util.List;

/**
 * One CTyun operation the demo calls, exactly as {@code ctvpc-vpce.openapi.yaml} and {@code
 * ecx.openapi.yaml} define it.
 *
 * @param id the spec's operationId
 * @param product the product code selecting the endpoint
 * @param method the HTTP method
 * @param path the path
 */
record DemoOp(String id, String product, String method, String path) {
  static final DemoOp DESCRIBE_REGION_CLUSTERS =
      new DemoOp("describeRegionClusters", "ecx", "GET", "/v3/cluster/describeRegionClusters");
  static final DemoOp DESCRIBE_INSTANCE_SPEC =
      new DemoOp("describeInstanceSpec", "ecx", "GET", "/v3/cluster/describeInstanceSpec");
  static final DemoOp CREATE_VPC = new DemoOp("createVpc", "ctvpc", "POST", "/v4/vpc/create");
  static final DemoOp CREATE_SUBNET =
      new DemoOp("createSubnet", "ctvpc", "POST", "/v4/vpc/create-subnet");
  static final DemoOp LIST_VPCS = new DemoOp("listVpcs", "ctvpc", "GET", "/v4/vpc/list");
  static final DemoOp CREATE_ENDPOINT_SERVICE =
      new DemoOp("createEndpointService", "ctvpc", "POST", "/v4/vpce/create-endpoint-service");
  static final DemoOp CREATE_ENDPOINT_SERVICE_RULE =
      new DemoOp(
          "createEndpointServiceRule", "ctvpc", "POST", "/v4/vpce/create-endpoint-service-rule");
  static final DemoOp LIST_ENDPOINT_SERVICE_BACKENDS =
      new DemoOp("listEndpointServiceBackends", "ctvpc", "GET", "/v4/vpce/list-backends");
  static final DemoOp CREATE_ENDPOINT_SERVICE_WHITELIST =
      new DemoOp(
          "createEndpointServiceWhitelist",
          "ctvpc",
          "POST",
          "/v4/vpce/create-endpoint-service-whitelist");
  static final DemoOp CREATE_ENDPOINT =
      new DemoOp("createEndpoint", "ctvpc", "POST", "/v4/vpce/create-endpoint");
  static final DemoOp SHOW_ENDPOINT =
      new DemoOp("showEndpoint", "ctvpc", "GET", "/v4/vpce/show-endpoint");
  static final DemoOp LIST_ENDPOINTS =
      new DemoOp("listEndpoints", "ctvpc", "GET", "/v4/vpce/list-endpoint");
  static final DemoOp LIST_ENDPOINT_SERVICES =
      new DemoOp("listEndpointServices", "ctvpc", "GET", "/v4/vpce/list-endpoint-service");
  static final DemoOp DELETE_ENDPOINT =
      new DemoOp("deleteEndpoint", "ctvpc", "POST", "/v4/vpce/delete-endpoint");
  static final DemoOp DELETE_ENDPOINT_SERVICE =
      new DemoOp("deleteEndpointService", "ctvpc", "POST", "/v4/vpce/delete-endpoint-service");
  static final DemoOp DELETE_SUBNET =
      new DemoOp("deleteSubnet", "ctvpc", "POST", "/v4/vpc/delete-subnet");
  static final DemoOp DELETE_VPC = new DemoOp("deleteVpc", "ctvpc", "POST", "/v4/vpc/delete");

  /** Every operation of the demo, in scenario order. */
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
