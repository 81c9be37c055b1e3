package io.github.ctyunjava.local.service;

import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.store.Resource;
import java.util.Optional;

/** Finds resources owned by the caller in the call's region, or fails with the NotFound code. */
public final class Lookups {
  private Lookups() {}

  /** The caller's resource, if it exists in the call's region. */
  public static Optional<Resource> owned(ApiCall call, String type, String id) {
    return call.tx()
        .find(type, id)
        .filter(r -> r.accountId().equals(call.accountId()) && r.regionId().equals(call.region()));
  }

  /** Any account's resource in the call's region. */
  public static Optional<Resource> anyOwner(ApiCall call, String type, String id) {
    return call.tx().find(type, id).filter(r -> r.regionId().equals(call.region()));
  }

  /** The caller's VPC or {@code Openapi.Vpc.NotFound}. */
  public static Resource vpc(ApiCall call, String id) {
    return owned(call, Types.VPC, id)
        .orElseThrow(
            () ->
                ApiError.business(
                    ErrorCodes.VPC_NOT_FOUND,
                    "VPC " + id + " does not exist",
                    "VPC " + id + "不存在"));
  }

  /** The caller's subnet or {@code Openapi.Subnet.NotFound}. */
  public static Resource subnet(ApiCall call, String id) {
    return owned(call, Types.SUBNET, id)
        .orElseThrow(
            () ->
                ApiError.business(
                    ErrorCodes.SUBNET_NOT_FOUND,
                    "subnet " + id + " does not exist",
                    "子网" + id + "不存在"));
  }

  /** The caller's endpoint service or {@code Openapi.EndpointService.NotFound}. */
  public static Resource service(ApiCall call, String id) {
    return owned(call, Types.SERVICE, id).orElseThrow(() -> serviceNotFound(id));
  }

  /** The NotFound error of a service. */
  public static ApiError serviceNotFound(String id) {
    return ApiError.business(
        ErrorCodes.SERVICE_NOT_FOUND,
        "endpoint service " + id + " does not exist",
        "终端节点服务" + id + "不存在");
  }

  /** The caller's (completed) endpoint or {@code Openapi.VpceEndpoint.NotFound}. */
  public static Resource endpoint(ApiCall call, String id) {
    return owned(call, Types.ENDPOINT, id).orElseThrow(() -> endpointNotFound(id));
  }

  /** The NotFound error of an endpoint (terraform looks for "resource not found"). */
  public static ApiError endpointNotFound(String id) {
    return ApiError.business(
        ErrorCodes.ENDPOINT_NOT_FOUND,
        "resource not found: endpoint " + id + " does not exist",
        "终端节点" + id + "不存在");
  }

  /** Checks a free-text description: at most 128 characters, not starting with http: or https:. */
  public static void checkDescription(ApiCall call, String field) {
    String d = call.optText(field);
    if (d != null && (d.startsWith("http:") || d.startsWith("https:"))) {
      throw ApiError.business(
          io.github.ctyunjava.local.api.RequestValidator.PATTERN_ERROR,
          "parameter " + field + " must not start with http: or https:",
          "参数" + field + "不能以http:或https:开头");
    }
  }
}
