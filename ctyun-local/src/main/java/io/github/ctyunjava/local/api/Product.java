package io.github.ctyunjava.local.api;

import java.util.List;

/** A CTyun product the emulator serves, with how requests reach it. */
public enum Product {
  /** VPC and VPC endpoints: {@code ctvpc-global.ctapi.ctyun.cn}, paths {@code /v4/...}. */
  CTVPC("ctvpc", "io/github/ctyunjava/local/spec/ctvpc-vpce.openapi.yaml", List.of("/v4/")),
  /**
   * Intelligent edge cloud: {@code ecx-global.ctapi.ctyun.cn}, paths {@code /v3/...}, {@code /v1}.
   */
  ECX("ecx", "io/github/ctyunjava/local/spec/ecx.openapi.yaml", List.of("/v3/", "/v1/"));

  private final String code;
  private final String specResource;
  private final List<String> versionPrefixes;

  Product(String code, String specResource, List<String> versionPrefixes) {
    this.code = code;
    this.specResource = specResource;
    this.versionPrefixes = versionPrefixes;
  }

  /** Product code used in host names and path prefixes. */
  public String code() {
    return code;
  }

  /** Classpath location of the product's OpenAPI document. */
  public String specResource() {
    return specResource;
  }

  /** Version path prefixes that identify the product in un-prefixed paths. */
  public List<String> versionPrefixes() {
    return versionPrefixes;
  }
}
