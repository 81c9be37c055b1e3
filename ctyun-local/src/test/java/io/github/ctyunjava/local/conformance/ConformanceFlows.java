package io.github.ctyunjava.local.conformance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.conformance.FlowSetup.Service;
import io.github.ctyunjava.local.testing.Api;
import java.util.List;
import java.util.UUID;

/**
 * The realistic flow of each operation: creates what the call needs (through {@link FlowSetup}) and
 * returns the values a user of a CTyun client would set. Fields left out go on the wire as the
 * client writes unset fields.
 */
public final class ConformanceFlows {
  private final FlowSetup setup;

  public ConformanceFlows(FlowSetup setup) {
    this.setup = setup;
  }

  /**
   * Prepares one operation and returns the caller's values. {@code regionID} is always set; a
   * {@code clientToken} is set when the operation takes one in its body and any of CTyun's clients
   * requires it (the hand-written SDK marks nothing required, but its users fill what the API
   * needs; where no client requires a token it stays unset and goes out as that client writes it).
   */
  public ObjectNode prepare(ContractRecord record) {
    ObjectNode v = values(record.operationId());
    v.put("regionID", Api.REGION);
    if (bodyHasField(record, "clientToken")
        && ClientContracts.requiredByAnyClient(record.operationId(), "clientToken")) {
      v.put("clientToken", UUID.randomUUID().toString());
    }
    return v;
  }

  private static boolean bodyHasField(ContractRecord record, String name) {
    return record.body().stream().anyMatch(f -> f.path("name").asText().equals(name));
  }

  private ObjectNode values(String operationId) {
    switch (operationId) {
      case "createVpc":
        return v("name", "cf-vpc", "CIDR", "10.0.0.0/16");
      case "showVpc":
      case "deleteVpc":
        return v("vpcID", setup.vpc());
      case "updateVpc":
        return v("vpcID", setup.vpc(), "name", "cf-vpc-renamed");
      case "listVpcs":
      case "newListVpcs":
        setup.vpc();
        return v();
      case "createSubnet":
        return v("vpcID", setup.vpc(), "name", "cf-subnet", "CIDR", "192.168.2.0/24");
      case "showSubnet":
      case "deleteSubnet":
        return v("subnetID", setup.network()[1]);
      case "updateSubnet":
        return v("subnetID", setup.network()[1], "name", "cf-subnet-renamed");
      case "listSubnets":
      case "newListSubnets":
        return v("vpcID", setup.network()[0]);
      default:
        return endpointServiceValues(operationId);
    }
  }

  private ObjectNode endpointServiceValues(String operationId) {
    switch (operationId) {
      case "createEndpointService":
        {
          String[] net = setup.network();
          return FlowSetup.interfaceServiceFields(net[0], net[1], true);
        }
      case "showEndpointService":
      case "listEndpointServiceBackends":
        return v("endpointServiceID", setup.interfaceService(true).id());
      case "deleteEndpointService":
        return v("ID", setup.interfaceService(true).id());
      case "listEndpointServices":
      case "newListEndpointServices":
        setup.interfaceService(true);
        return v();
      case "modifyEndpointService":
        return v("endpointServiceID", setup.interfaceService(true).id(), "name", "cf-svc-renamed");
      case "modifyEndpointServiceIpVersion":
        return v("endpointServiceID", setup.interfaceService(true).id(), "ipVersion", 2);
      case "updateEndpointServiceConnections":
        return v("endpointServiceID", setup.interfaceService(false).id(), "autoConnection", true);
      case "createEndpointServiceRule":
      case "deleteEndpointServiceRule":
        {
          String id = setup.interfaceService(true).id();
          int port = operationId.startsWith("create") ? 8080 : 80;
          return v(
              "endpointServiceID", id, "protocol", "TCP", "serverPort", port, "endpointPort", port);
        }
      case "updateEndpointServiceBackend":
        return v(
            "endpointServiceID", setup.interfaceService(true).id(),
            "instanceType", "elb",
            "instanceID", "lb-tfa20qb11w");
      case "deleteEndpointServiceBackend":
        return v(
            "endpointServiceID", setup.interfaceService(true).id(), "instanceID", FlowSetup.VM);
      case "createEndpointServiceWhitelist":
        return v(
            "endpointServiceID", setup.interfaceService(true).id(), "email", "ops@example.com");
      case "deleteEndpointServiceWhitelist":
      case "listEndpointServiceWhitelist":
      case "newListEndpointServiceWhitelist":
        {
          String id = setup.interfaceService(true).id();
          setup.serviceWhitelist(id, "ops@example.com");
          return operationId.startsWith("delete")
              ? v("endpointServiceID", id, "email", "ops@example.com")
              : v("endpointServiceID", id);
        }
      case "bindEndpointServiceLabel":
        setup.interfaceService(true);
        return v("labelKey", "env", "labelValue", "prod");
      case "listEndpointServiceLabels":
        setup.serviceLabel(setup.interfaceService(true).id());
        return v();
      case "unbindEndpointServiceLabel":
        {
          String id = setup.interfaceService(true).id();
          return v("endpointServiceID", id, "labelID", setup.serviceLabel(id));
        }
      case "showEndpointServiceConnections":
        {
          Service s = setup.interfaceService(true);
          setup.endpoint(s);
          return v("endpointServiceID", s.id());
        }
      case "queryCtyunServices":
        return v();
      default:
        return reverseValues(operationId);
    }
  }

  private ObjectNode reverseValues(String operationId) {
    switch (operationId) {
      case "createEndpointServiceTransitIp":
        {
          Service s = setup.reverseService();
          return v("endpointServiceID", s.id(), "subnetID", s.subnetId());
        }
      case "listEndpointServiceTransitIps":
        return v("endpointServiceID", setup.reverseService().id());
      case "deleteEndpointServiceTransitIp":
        {
          Service s = setup.reverseService();
          return v("endpointServiceID", s.id(), "transitIP", setup.transitIp(s.id()));
        }
      case "createEndpointServiceReverseRule":
        {
          Service s = setup.reverseService();
          return FlowSetup.reverseRuleFields(s.id(), setup.endpoint(s), setup.transitIp(s.id()));
        }
      case "listEndpointServiceReverseRules":
        return v("endpointServiceID", setup.reverseRule()[0]);
      case "deleteEndpointServiceReverseRule":
        return v("reverseRuleID", setup.reverseRule()[1]);
      default:
        return endpointValues(operationId);
    }
  }

  private ObjectNode endpointValues(String operationId) {
    switch (operationId) {
      case "createEndpoint":
      case "queryCreateEndpointPrice":
        return FlowSetup.endpointFields(setup.interfaceService(true));
      case "acceptEndpointApply":
      case "rejectEndpointApply":
        {
          Service s = setup.interfaceService(false);
          return v("endpointServiceID", s.id(), "endpointID", setup.endpoint(s));
        }
      case "showEndpoint":
      case "deleteEndpoint":
      case "showEndpointWhitelist":
      case "deleteEndpointWhitelist":
        return v("endpointID", setup.endpoint());
      case "listEndpoints":
      case "newListEndpoints":
        setup.endpoint();
        return v();
      case "updateEndpoint":
        return v("endpointID", setup.endpoint(), "endpointName", "cf-ep-renamed");
      case "addEndpointWhitelist":
        return v("endpointID", setup.endpoint(), "whitelist", List.of("10.150.0.0/24"));
      case "modifyEndpointIpVersion":
        return v("endpointID", setup.endpoint(), "ipVersion", 2);
      case "bindEndpointLabel":
        return v("endpointID", setup.endpoint(), "labelKey", "team", "labelValue", "net");
      case "listEndpointLabels":
        {
          String ep = setup.endpoint();
          setup.endpointLabel(ep);
          return v("endpointID", ep);
        }
      case "unbindEndpointLabel":
        {
          String ep = setup.endpoint();
          return v("endpointID", ep, "labelID", setup.endpointLabel(ep));
        }
      case "createEndpointOssPolicy":
        return v("endpointID", setup.endpoint(), "policy", "{\"Statement\":[]}");
      case "getEndpointOssPolicy":
      case "deleteEndpointOssPolicy":
        {
          String ep = setup.endpoint();
          setup.ossPolicy(ep);
          return v("endpointID", ep);
        }
      default:
        throw new IllegalArgumentException("no conformance flow for " + operationId);
    }
  }

  private static ObjectNode v(Object... kv) {
    return FlowSetup.fields(kv);
  }
}
