package io.github.ctyunjava.local.service;

import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.store.Resource;
import java.util.Map;
import java.util.Optional;

/** Finds stored resources by ID in a scope, failing with the NotFound error of their type. */
public final class Lookups {
  /** The NotFound error of a type: code, English and Chinese text ({@code %s} is the ID). */
  private record NotFound(String code, String message, String description) {
    ApiError error(String id) {
      return ApiError.business(code, String.format(message, id), String.format(description, id));
    }
  }

  private static final Map<String, NotFound> NOT_FOUND =
      Map.of(
          Types.VPC,
          new NotFound(ErrorCodes.VPC_NOT_FOUND, "VPC %s does not exist", "VPC %s不存在"),
          Types.SUBNET,
          new NotFound(ErrorCodes.SUBNET_NOT_FOUND, "subnet %s does not exist", "子网%s不存在"),
          Types.SERVICE,
          new NotFound(
              ErrorCodes.SERVICE_NOT_FOUND, "endpoint service %s does not exist", "终端节点服务%s不存在"),
          // terraform looks for "resource not found"
          Types.ENDPOINT,
          new NotFound(
              ErrorCodes.ENDPOINT_NOT_FOUND,
              "resource not found: endpoint %s does not exist",
              "终端节点%s不存在"),
          Types.REVERSE_RULE,
          new NotFound(
              ErrorCodes.REVERSE_RULE_NOT_FOUND, "reverse rule %s does not exist", "中转规则%s不存在"));

  private Lookups() {}

  /** The caller's resource, if it exists in the scope's region. */
  public static Optional<Resource> owned(Scope scope, String type, String id) {
    return scope
        .tx()
        .find(type, id)
        .filter(
            r -> r.accountId().equals(scope.accountId()) && r.regionId().equals(scope.region()));
  }

  /** Any account's resource in the scope's region. */
  public static Optional<Resource> anyOwner(Scope scope, String type, String id) {
    return scope.tx().find(type, id).filter(r -> r.regionId().equals(scope.region()));
  }

  /** The caller's resource in the scope's region, or the NotFound error of its type. */
  public static Resource require(Scope scope, String type, String id) {
    return owned(scope, type, id).orElseThrow(() -> notFound(type, id));
  }

  /** Resource {@code id} of a type whose parent is {@code parentId}, or its NotFound error. */
  public static Resource requireChild(Scope scope, String type, String id, String parentId) {
    return scope
        .tx()
        .find(type, id)
        .filter(r -> parentId.equals(r.parentId()))
        .orElseThrow(() -> notFound(type, id));
  }

  /**
   * The NotFound error of a type with one.
   *
   * @throws IllegalArgumentException for a type without a NotFound error
   */
  public static ApiError notFound(String type, String id) {
    NotFound nf = NOT_FOUND.get(type);
    if (nf == null) {
      throw new IllegalArgumentException("no NotFound error for type " + type);
    }
    return nf.error(id);
  }
}
