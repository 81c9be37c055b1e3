package io.github.ctyunjava.local.service;

/**
 * Business error codes. Evidenced ones come from CTyun code (see vpce-semantics.md §9); the rest
 * are the emulator's inference, listed in the module README.
 */
public final class ErrorCodes {
  /** Evidenced. */
  public static final String VPC_NOT_FOUND = "Openapi.Vpc.NotFound";

  /** Evidenced. */
  public static final String SUBNET_NOT_FOUND = "Openapi.Subnet.NotFound";

  /** Evidenced. */
  public static final String ENDPOINT_NOT_FOUND = "Openapi.VpceEndpoint.NotFound";

  /** Evidenced. */
  public static final String SERVICE_NOT_FOUND = "Openapi.EndpointService.NotFound";

  /** Evidenced. */
  public static final String SERVICE_ACCESS_FAILED = "Openapi.Endpoint_service.AccessFailed";

  /** Evidenced. */
  public static final String ORDER_IN_PROGRESS = "Openapi.Order.Inprogress";

  /** Inferred. */
  public static final String REGION_NOT_FOUND = "Openapi.Region.NotFound";

  /** Inferred. */
  public static final String VPC_IN_USE = "Openapi.Vpc.InUse";

  /** Inferred. */
  public static final String SUBNET_IN_USE = "Openapi.Subnet.InUse";

  /** Inferred. */
  public static final String CIDR_INVALID = "Openapi.Cidr.Invalid";

  /** Inferred. */
  public static final String CIDR_CONFLICT = "Openapi.Subnet.CidrConflict";

  /** Inferred. */
  public static final String IP_INVALID = "Openapi.Ip.Invalid";

  /** Inferred. */
  public static final String IP_IN_USE = "Openapi.Ip.InUse";

  /** Inferred. */
  public static final String SUBNET_FULL = "Openapi.Subnet.NoFreeIp";

  /** Inferred. */
  public static final String CLIENT_TOKEN_CONFLICT = "Openapi.ClientToken.Conflict";

  /** Inferred. */
  public static final String SERVICE_IN_USE = "Openapi.EndpointService.InUse";

  /** Inferred. */
  public static final String DELETE_PROTECTION = "Openapi.VpceEndpoint.DeleteProtection";

  /** Inferred. */
  public static final String WHITELIST_EXCEEDED = "Openapi.Whitelist.Exceeded";

  /** Inferred. */
  public static final String RULE_EXISTS = "Openapi.EndpointServiceRule.Exists";

  /** Inferred. */
  public static final String RULE_NOT_FOUND = "Openapi.EndpointServiceRule.NotFound";

  /** Inferred. */
  public static final String REVERSE_RULE_NOT_FOUND = "Openapi.ReverseRule.NotFound";

  /** Inferred. */
  public static final String TRANSIT_IP_NOT_FOUND = "Openapi.TransitIp.NotFound";

  /** Inferred. */
  public static final String TRANSIT_IP_IN_USE = "Openapi.TransitIp.InUse";

  /** Inferred. */
  public static final String WHITELIST_ENTRY_EXISTS = "Openapi.EndpointServiceWhitelist.Exists";

  /** Inferred. */
  public static final String WHITELIST_ENTRY_NOT_FOUND =
      "Openapi.EndpointServiceWhitelist.NotFound";

  /** Inferred. */
  public static final String LABEL_NOT_FOUND = "Openapi.Label.NotFound";

  /** Inferred. */
  public static final String BACKEND_NOT_FOUND = "Openapi.Backend.NotFound";

  /** Inferred. */
  public static final String NOT_SUPPORTED = "Openapi.Operation.NotSupported";

  /** Inferred. */
  public static final String OSS_POLICY_NOT_FOUND = "Openapi.OssPolicy.NotFound";

  /** Inferred. */
  public static final String ENDPOINT_IN_USE = "Openapi.VpceEndpoint.InUse";

  /** Inferred. */
  public static final String SUBNET_NOT_IN_VPC = "Openapi.Subnet.NotInVpc";

  /** Inferred. */
  public static final String NODE_NOT_FOUND = "Ecx.Node.NotFound";

  private ErrorCodes() {}
}
