package io.github.ctyunjava.local.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the operation of a request by its exact method and path. The product comes from a path
 * prefix ({@code /ctvpc/v4/...}), else from the Host ({@code ctvpc-global...}); without either, the
 * path is looked up across every product, so two products may share a version prefix such as {@code
 * /v4/} (only an identical path in two products needs the Host or the prefix).
 */
public final class Router {
  private final SpecCatalog catalog;

  /** A router over a catalogue. */
  public Router(SpecCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The operation for a request.
   *
   * @throws ApiError 404 for an unknown or ambiguous path, 405 for a known path with another method
   */
  public Operation route(String host, String path, String method) {
    Product product = null;
    String opPath = path;
    for (ProductIndex.Entry e : catalog.products().entries()) {
      String prefix = "/" + e.product().code() + "/";
      if (path.startsWith(prefix)) {
        product = e.product();
        opPath = path.substring(prefix.length() - 1);
        break;
      }
    }
    if (product == null && host != null) {
      String name = ProductIndex.hostName(host);
      for (ProductIndex.Entry e : catalog.products().entries()) {
        if (e.servesHostName(name)) {
          product = e.product();
          break;
        }
      }
    }
    List<Operation> atPath = new ArrayList<>();
    for (Operation o : catalog.atPath(opPath)) {
      if (product == null || o.product() == product) {
        atPath.add(o);
      }
    }
    if (atPath.isEmpty()) {
      throw ApiError.gateway(404, "Eop.Route.NotFound", "no API at path " + path, "请求的接口路径不存在");
    }
    List<Operation> matching = new ArrayList<>();
    Set<String> methods = new LinkedHashSet<>();
    for (Operation o : atPath) {
      methods.add(o.method());
      if (o.method().equals(method)) {
        matching.add(o);
      }
    }
    if (matching.isEmpty()) {
      throw ApiError.gateway(
          405,
          "Eop.Route.MethodNotAllowed",
          opPath + " accepts " + String.join(", ", methods) + ", not " + method,
          "请求方法不被允许");
    }
    if (matching.size() > 1) {
      List<String> codes = new ArrayList<>();
      for (Operation o : matching) {
        codes.add(o.product().code());
      }
      throw ApiError.gateway(
          404,
          "Eop.Route.Ambiguous",
          method
              + " "
              + path
              + " exists in products "
              + String.join(", ", codes)
              + "; send it to the product's host or prefix the path with /<product>",
          "多个产品存在该接口路径，请指定产品");
    }
    return matching.get(0);
  }
}
