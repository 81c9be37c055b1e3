package io.github.ctyunjava.local.service;

/**
 * Names of the internal fields of stored resource documents. They start with {@value #PREFIX},
 * which {@link Docs#publicView} strips, so no reply ever shows them.
 */
public final class DocFields {
  /** What every internal field name starts with. */
  public static final String PREFIX = "_";

  /** IP version of a service or endpoint (0 IPv4, 2 dual stack). */
  public static final String IP_VERSION = "_ipVersion";

  /** OSS access type of a service. */
  public static final String OA_TYPE = "_oaType";

  /** The subnet a service was created in, or empty. */
  public static final String SUBNET_ID = "_subnetID";

  /** Account whitelist entries of a service. */
  public static final String WHITELIST = "_whitelist";

  /** Labels of a service or endpoint. */
  public static final String LABELS = "_labels";

  /** Marks one of CTyun's own public services (never stored). */
  public static final String PUBLIC = "_public";

  /** Whether an endpoint's IP whitelist is on (1) or off (0). */
  public static final String WHITELIST_FLAG = "_whitelistFlag";

  /** Whether an endpoint refuses deletion. */
  public static final String DELETE_PROTECTION = "_deleteProtection";

  /** Connection state of an endpoint: connected, pending or rejected. */
  public static final String CONNECTION = "_connection";

  /** E-mail of the account that created an endpoint (shown to the service owner). */
  public static final String OWNER_EMAIL = "_ownerEmail";

  /** OSS policy document of an endpoint. */
  public static final String OSS_POLICY = "_ossPolicy";

  /** Order ID of a billed endpoint create or delete. */
  public static final String MASTER_ORDER_ID = "_masterOrderID";

  /** Order number of a billed endpoint create or delete. */
  public static final String MASTER_ORDER_NO = "_masterOrderNO";

  /** The {@link io.github.ctyunjava.local.options.StatePolicy} an order completes by. */
  public static final String POLICY = "_policy";

  /** When an order started, epoch milliseconds. */
  public static final String CREATED_MS = "_createdMs";

  /** How many times an order has been read. */
  public static final String ORDER_READS = "_orderReads";

  /** Lowest address of a subnet that may be free. */
  public static final String IP_HINT = "_ipHint";

  /** Allocated addresses as earlier versions kept them in the subnet document. */
  public static final String LEGACY_ALLOCATED = "_allocated";

  private DocFields() {}
}
