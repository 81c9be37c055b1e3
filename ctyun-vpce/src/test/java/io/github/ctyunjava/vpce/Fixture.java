package io.github.ctyunjava.vpce;

import io.github.ctyunjava.vpce.model.CreateEndpointRequest;
import io.github.ctyunjava.vpce.model.CreateEndpointServiceRequest;
import io.github.ctyunjava.vpce.model.CreateSubnetRequest;
import io.github.ctyunjava.vpce.model.CreateVpcRequest;
import io.github.ctyunjava.vpce.model.CycleType;
import io.github.ctyunjava.vpce.model.EndpointServiceRuleInput;
import io.github.ctyunjava.vpce.model.InstanceType;
import io.github.ctyunjava.vpce.model.Protocol;
import io.github.ctyunjava.vpce.model.ServiceType;
import io.github.ctyunjava.vpce.model.WhitelistFlag;
import java.util.Arrays;
import java.util.Collections;

/** Creates the network and services the operation tests need, through the typed client. */
final class Fixture {
  /** The region of CTyun's documentation samples (the spec's regionID example). */
  static final String REGION = "81f7728662dd11ec810800155d307d5b";

  /** The ECS instance UUID of the spec's vm-backend example. */
  static final String VM = "d40b78e2-23de-4fa6-baf0-e500750f985b";

  final VpceClient client;
  final String vpc;
  final String subnet;

  Fixture(VpceClient client, String name, String cidr16) {
    this.client = client;
    this.vpc =
        client
            .createVpc(
                CreateVpcRequest.builder()
                    .regionId(REGION)
                    .name(name)
                    .cidr(cidr16 + ".0.0/16")
                    .build())
            .vpcId();
    this.subnet =
        client
            .createSubnet(
                CreateSubnetRequest.builder()
                    .regionId(REGION)
                    .vpcId(vpc)
                    .name(name + "-sn")
                    .cidr(cidr16 + ".1.0/24")
                    .build())
            .subnetId();
  }

  CreateEndpointServiceRequest.Builder interfaceService(String name, boolean autoConnection) {
    return CreateEndpointServiceRequest.builder()
        .regionId(REGION)
        .vpcId(vpc)
        .subnetId(subnet)
        .name(name)
        .type(ServiceType.INTERFACE)
        .instanceType(InstanceType.VM)
        .instanceId(VM)
        .autoConnection(autoConnection)
        .rules(
            Collections.singletonList(
                EndpointServiceRuleInput.builder()
                    .protocol(Protocol.TCP)
                    .serverPort(80)
                    .endpointPort(8080)
                    .build()));
  }

  String createInterfaceService(String name, boolean autoConnection) {
    return client
        .createEndpointService(interfaceService(name, autoConnection).build())
        .endpointService()
        .endpointServiceId();
  }

  String createReverseService(String name) {
    return client
        .createEndpointService(
            CreateEndpointServiceRequest.builder()
                .regionId(REGION)
                .vpcId(vpc)
                .subnetId(subnet)
                .name(name)
                .type(ServiceType.REVERSE)
                .autoConnection(true)
                .build())
        .endpointService()
        .endpointServiceId();
  }

  CreateEndpointRequest.Builder endpoint(String service, String name) {
    return CreateEndpointRequest.builder()
        .regionId(REGION)
        .cycleType(CycleType.ON_DEMAND)
        .endpointServiceId(service)
        .endpointName(name)
        .vpcId(vpc)
        .subnetId(subnet)
        .whitelistFlag(WhitelistFlag.ON)
        .whitelist(Arrays.asList("10.150.0.0/24", "10.150.0.0/25"));
  }

  String createEndpoint(String service, String name) {
    return client.createEndpoint(endpoint(service, name).build()).returnObj().endpointId();
  }
}
