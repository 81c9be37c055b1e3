package io.github.ctyunjava.cli.demo;

import static io.github.ctyunjava.cli.demo.DemoListings.count;
import static io.github.ctyunjava.cli.demo.DemoOp.CREATE_ENDPOINT_SERVICE;
import static io.github.ctyunjava.cli.demo.DemoOp.CREATE_ENDPOINT_SERVICE_RULE;
import static io.github.ctyunjava.cli.demo.DemoOp.CREATE_ENDPOINT_SERVICE_WHITELIST;
import static io.github.ctyunjava.cli.demo.DemoOp.CREATE_SUBNET;
import static io.github.ctyunjava.cli.demo.DemoOp.CREATE_VPC;
import static io.github.ctyunjava.cli.demo.DemoOp.DELETE_ENDPOINT_SERVICE;
import static io.github.ctyunjava.cli.demo.DemoOp.DELETE_SUBNET;
import static io.github.ctyunjava.cli.demo.DemoOp.DELETE_VPC;
import static io.github.ctyunjava.cli.demo.DemoOp.LIST_ENDPOINTS;
import static io.github.ctyunjava.cli.demo.DemoOp.LIST_ENDPOINT_SERVICES;
import static io.github.ctyunjava.cli.demo.DemoOp.LIST_ENDPOINT_SERVICE_BACKENDS;
import static io.github.ctyunjava.cli.demo.DemoOp.LIST_VPCS;
import static io.github.ctyunjava.cli.demo.DemoScenario.REGION;
import static io.github.ctyunjava.cli.demo.DemoSteps.clientToken;
import static io.github.ctyunjava.cli.demo.DemoSteps.need;

import io.github.ctyunjava.cli.output.TextTable;
import io.github.ctyunjava.vpce.VpceClient;
import io.github.ctyunjava.vpce.model.BackendInstance;
import io.github.ctyunjava.vpce.model.CreateEndpointServiceRequest;
import io.github.ctyunjava.vpce.model.CreateEndpointServiceResponse;
import io.github.ctyunjava.vpce.model.CreateEndpointServiceRuleRequest;
import io.github.ctyunjava.vpce.model.CreateEndpointServiceWhitelistRequest;
import io.github.ctyunjava.vpce.model.CreateSubnetRequest;
import io.github.ctyunjava.vpce.model.CreateSubnetResponse;
import io.github.ctyunjava.vpce.model.CreateVpcRequest;
import io.github.ctyunjava.vpce.model.CreateVpcResponse;
import io.github.ctyunjava.vpce.model.DeleteEndpointServiceRequest;
import io.github.ctyunjava.vpce.model.DeleteSubnetRequest;
import io.github.ctyunjava.vpce.model.DeleteVpcRequest;
import io.github.ctyunjava.vpce.model.Endpoint;
import io.github.ctyunjava.vpce.model.EndpointService;
import io.github.ctyunjava.vpce.model.InstanceType;
import io.github.ctyunjava.vpce.model.ListEndpointServiceBackendsRequest;
import io.github.ctyunjava.vpce.model.ListEndpointServicesRequest;
import io.github.ctyunjava.vpce.model.ListEndpointsRequest;
import io.github.ctyunjava.vpce.model.ListVpcsRequest;
import io.github.ctyunjava.vpce.model.Protocol;
import io.github.ctyunjava.vpce.model.ServiceType;
import io.github.ctyunjava.vpce.model.Vpc;
import java.util.List;
import java.util.UUID;

/**
 * The VPC endpoint part of the demo: a VPC and subnet, an interface endpoint service with a
 * backend, a rule and an account whitelist entry, an endpoint connected to it ({@link
 * EndpointSteps}), the listings (through the paginators), then everything deleted again.
 */
final class VpceWalkthrough {
  static final String VPC_CIDR = "192.168.0.0/16";
  static final String SUBNET_CIDR = "192.168.1.0/24";
  static final String PARTNER_EMAIL = "partner@example.com";

  private final DemoSteps steps;
  private final StepLog log;
  private final VpceClient vpce;

  VpceWalkthrough(DemoSteps steps) {
    this.steps = steps;
    this.log = steps.log();
    this.vpce = steps.vpce();
  }

  void run() throws InterruptedException {
    String vpcId = createVpc();
    String subnetId = createSubnet(vpcId);
    List<Vpc> vpcs =
        steps.call(
            LIST_VPCS,
            null,
            () ->
                vpce.listVpcsPaginator(ListVpcsRequest.builder().regionId(REGION).build())
                    .allItems());
    if (vpcs != null) {
      listed(LIST_VPCS, vpcs.size(), "VPC", DemoListings.vpcs(vpcs));
    }

    String serviceId = createService(vpcId, subnetId);
    String noService = need(serviceId, CREATE_ENDPOINT_SERVICE);
    if (steps.ran(
        CREATE_ENDPOINT_SERVICE_RULE,
        noService,
        () ->
            vpce.createEndpointServiceRule(
                CreateEndpointServiceRuleRequest.builder()
                    .clientToken(clientToken())
                    .regionId(REGION)
                    .endpointServiceId(serviceId)
                    .protocol(Protocol.TCP)
                    .serverPort(80)
                    .endpointPort(8080)
                    .build()))) {
      log.ok(CREATE_ENDPOINT_SERVICE_RULE, "TCP endpoint port 8080 -> server port 80");
    }
    List<BackendInstance> backends =
        steps.call(
            LIST_ENDPOINT_SERVICE_BACKENDS,
            noService,
            () ->
                vpce.listEndpointServiceBackends(
                        ListEndpointServiceBackendsRequest.builder()
                            .regionId(REGION)
                            .endpointServiceId(serviceId)
                            .build())
                    .returnObj());
    if (backends != null) {
      TextTable table = DemoListings.backends(backends);
      log.ok(LIST_ENDPOINT_SERVICE_BACKENDS, count(table.size(), "backend"));
      log.table(table);
    }
    if (steps.ran(
        CREATE_ENDPOINT_SERVICE_WHITELIST,
        noService,
        () ->
            vpce.createEndpointServiceWhitelist(
                CreateEndpointServiceWhitelistRequest.builder()
                    .clientToken(clientToken())
                    .regionId(REGION)
                    .endpointServiceId(serviceId)
                    .email(PARTNER_EMAIL)
                    .build()))) {
      log.ok(CREATE_ENDPOINT_SERVICE_WHITELIST, "email=" + PARTNER_EMAIL + " may connect");
    }

    EndpointSteps endpoint = new EndpointSteps(steps);
    String endpointId = endpoint.create(serviceId, vpcId, subnetId, SUBNET_CIDR);
    endpoint.awaitConnected(endpointId);
    List<Endpoint> endpoints =
        steps.call(
            LIST_ENDPOINTS,
            null,
            () ->
                vpce.listEndpointsPaginator(ListEndpointsRequest.builder().regionId(REGION).build())
                    .allItems());
    if (endpoints != null) {
      listed(LIST_ENDPOINTS, endpoints.size(), "endpoint", DemoListings.endpoints(endpoints));
    }
    List<EndpointService> services =
        steps.call(
            LIST_ENDPOINT_SERVICES,
            null,
            () ->
                vpce.listEndpointServicesPaginator(
                        ListEndpointServicesRequest.builder().regionId(REGION).build())
                    .allItems());
    if (services != null) {
      listed(
          LIST_ENDPOINT_SERVICES,
          services.size(),
          "endpoint service",
          DemoListings.services(services));
    }

    endpoint.delete(endpointId);
    deleted(
        DELETE_ENDPOINT_SERVICE,
        serviceId,
        steps.ran(
            DELETE_ENDPOINT_SERVICE,
            noService,
            () ->
                vpce.deleteEndpointService(
                    DeleteEndpointServiceRequest.builder()
                        .clientToken(clientToken())
                        .regionId(REGION)
                        .id(serviceId)
                        .build())));
    deleted(
        DELETE_SUBNET,
        subnetId,
        steps.ran(
            DELETE_SUBNET,
            need(subnetId, CREATE_SUBNET),
            () ->
                vpce.deleteSubnet(
                    DeleteSubnetRequest.builder()
                        .clientToken(clientToken())
                        .regionId(REGION)
                        .subnetId(subnetId)
                        .build())));
    deleted(
        DELETE_VPC,
        vpcId,
        steps.ran(
            DELETE_VPC,
            need(vpcId, CREATE_VPC),
            () ->
                vpce.deleteVpc(
                    DeleteVpcRequest.builder()
                        .clientToken(clientToken())
                        .regionId(REGION)
                        .vpcId(vpcId)
                        .build())));
  }

  private String createVpc() {
    CreateVpcResponse r =
        steps.call(
            CREATE_VPC,
            null,
            () ->
                vpce.createVpc(
                    CreateVpcRequest.builder()
                        .clientToken(clientToken())
                        .regionId(REGION)
                        .name("demo-vpc")
                        .cidr(VPC_CIDR)
                        .build()));
    if (r == null) {
      return null;
    }
    String id = steps.required(CREATE_VPC, r.vpcId(), "vpcID");
    log.ok(CREATE_VPC, "vpcID=" + id + "  CIDR " + VPC_CIDR);
    return id;
  }

  private String createSubnet(String vpcId) {
    CreateSubnetResponse r =
        steps.call(
            CREATE_SUBNET,
            need(vpcId, CREATE_VPC),
            () ->
                vpce.createSubnet(
                    CreateSubnetRequest.builder()
                        .clientToken(clientToken())
                        .regionId(REGION)
                        .vpcId(vpcId)
                        .name("demo-subnet")
                        .cidr(SUBNET_CIDR)
                        .build()));
    if (r == null) {
      return null;
    }
    String id = steps.required(CREATE_SUBNET, r.subnetId(), "subnetID");
    log.ok(CREATE_SUBNET, "subnetID=" + id + "  CIDR " + SUBNET_CIDR);
    return id;
  }

  private String createService(String vpcId, String subnetId) {
    String backendId = UUID.randomUUID().toString();
    CreateEndpointServiceResponse r =
        steps.call(
            CREATE_ENDPOINT_SERVICE,
            need(subnetId, CREATE_SUBNET),
            () ->
                vpce.createEndpointService(
                    CreateEndpointServiceRequest.builder()
                        .clientToken(clientToken())
                        .regionId(REGION)
                        .vpcId(vpcId)
                        .subnetId(subnetId)
                        .type(ServiceType.INTERFACE)
                        .name("demo-service")
                        .instanceType(InstanceType.VM)
                        .instanceId(backendId)
                        .autoConnection(true)
                        .description("ctyun demo")
                        .build()));
    if (r == null) {
      return null;
    }
    String id =
        steps.required(
            CREATE_ENDPOINT_SERVICE,
            r.endpointService() == null ? null : r.endpointService().endpointServiceId(),
            "endpointService.endpointServiceID");
    log.ok(
        CREATE_ENDPOINT_SERVICE,
        "endpointServiceID=" + id + "  interface, backend vm " + backendId);
    return id;
  }

  private void listed(DemoOp op, int n, String noun, TextTable table) {
    log.ok(op, count(n, noun));
    log.table(table);
  }

  private void deleted(DemoOp op, String id, boolean ran) {
    if (ran) {
      log.ok(op, "deleted " + id);
    }
  }
}
