package io.github.ctyunjava.codegen;

import java.util.List;

/**
 * What one typed client is generated from and into: the spec, the product code, the Java package
 * and client names, and which hand-written helpers (paginators, waiters) it has.
 */
final class ClientConfig {
  /** The VPCE (and VPC/subnet) client in ctyun-vpce. */
  static final ClientConfig VPCE =
      new ClientConfig(
          "VPCE",
          "spec/ctvpc-vpce.openapi.yaml",
          "ctvpc",
          "ctyun-vpce",
          "io.github.ctyunjava.vpce",
          "Vpce",
          "Typed client for CTyun VPC Endpoint (VPCE) and the VPC/subnet operations it needs; "
              + "thread-safe, close it when done.",
          true,
          true,
          null);

  /** The ECX (智能边缘云) client in ctyun-ecx. */
  static final ClientConfig ECX =
      new ClientConfig(
          "ECX",
          "spec/ecx.openapi.yaml",
          "ecx",
          "ctyun-ecx",
          "io.github.ctyunjava.ecx",
          "Ecx",
          "Typed client for the CTyun Intelligent Edge Cloud (ECX, 智能边缘云) operations that public"
              + " evidence supports; thread-safe, close it when done. Paths and request fields are"
              + " evidenced; every response field name is inferred (no public ECX response sample"
              + " exists, see ecx-semantics.md), so use {@code CtyunClient#call} to read raw answers"
              + " if a name turns out wrong.",
          false,
          false,
          "Inferred: no public ECX response sample exists, so this name is a guess (ecx-semantics.md).");

  /** Both clients, in the order the docs list them. */
  static final List<ClientConfig> ALL = List.of(VPCE, ECX);

  /** Display name of the product, e.g. {@code VPCE}. */
  final String title;

  /** The spec file, relative to the repository root. */
  final String specFile;

  /** The product code that selects the endpoint host. */
  final String product;

  /** The Maven module directory. */
  final String module;

  /** The base Java package. */
  final String basePackage;

  /** The prefix of the client names ({@code Vpce} gives {@code VpceClient}). */
  final String prefix;

  /** Javadoc of the client interface. */
  final String clientDoc;

  /** Whether list operations get paginator methods (the module has {@code paginators}). */
  final boolean paginators;

  /**
   * Whether the client has {@code waiter()} (the module has a hand-written {@code <Prefix>Waiter}).
   */
  final boolean waiters;

  /**
   * The Javadoc note for response fields inside a returnObj the spec marks inferred as a whole, or
   * null.
   */
  final String inferredResponseNote;

  ClientConfig(
      String title,
      String specFile,
      String product,
      String module,
      String basePackage,
      String prefix,
      String clientDoc,
      boolean paginators,
      boolean waiters,
      String inferredResponseNote) {
    this.title = title;
    this.specFile = specFile;
    this.product = product;
    this.module = module;
    this.basePackage = basePackage;
    this.prefix = prefix;
    this.clientDoc = clientDoc;
    this.paginators = paginators;
    this.waiters = waiters;
    this.inferredResponseNote = inferredResponseNote;
  }

  /** The model package. */
  String modelPackage() {
    return basePackage + ".model";
  }

  /** The client interface's simple name. */
  String clientName() {
    return prefix + "Client";
  }

  /** Where generated Java sources go, relative to the repository root. */
  String javaDir() {
    return module + "/src/main/java/";
  }

  /** The catalogue resource, relative to the repository root. */
  String catalogPath() {
    return module
        + "/src/main/resources/"
        + basePackage.replace('.', '/')
        + "/catalog/operations.json";
  }
}
