package io.github.ctyunjava.local.service;

/** Resource type names used in the store. */
public final class Types {
  /** A VPC. */
  public static final String VPC = "vpc";

  /** A subnet (parent: VPC). */
  public static final String SUBNET = "subnet";

  /** An allocated private IP of a subnet; ID {@code subnetID/ip}, parent the subnet. */
  public static final String SUBNET_IP = "subnet-ip";

  /** An endpoint service (parent: VPC, ref: subnet). */
  public static final String SERVICE = "endpointService";

  /** An endpoint (parent: endpoint service, ref: subnet). */
  public static final String ENDPOINT = "endpoint";

  /** A transit IP (parent: endpoint service, ref: subnet). */
  public static final String TRANSIT_IP = "transitIp";

  /** A reverse rule (parent: endpoint service, ref: endpoint). */
  public static final String REVERSE_RULE = "reverseRule";

  /**
   * Service labels bound without naming a service (the generated client's service-bind-label has no
   * endpointServiceID): one row per account and region, ID {@code accountID/regionID}.
   */
  public static final String ACCOUNT_SERVICE_LABELS = "accountServiceLabels";

  /** An ECX VPC. */
  public static final String ECX_VPC = "ecxVpc";

  /** An ECX elastic IP. */
  public static final String ECX_EIP = "ecxEip";

  private Types() {}
}
