package io.github.ctyunjava.local.api;

import java.util.Locale;

/**
 * Finds the operation of a request: product from a path prefix ({@code /ctvpc/v4/...}), else from
 * the Host ({@code ctvpc-global...}), else from the version segment ({@code /v4/} ctvpc, {@code
 * /v3/} and {@code /v1/} ecx); then the operation by path and method.
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
   * @throws ApiError 404 for an unknown path, 405 for a known path with another method
   */
  public Operation route(String host, String path, String method) {
    Product product = null;
    String opPath = path;
    for (Product p : Product.values()) {
      String prefix = "/" + p.code() + "/";
      if (path.startsWith(prefix)) {
        product = p;
        opPath = path.substring(prefix.length() - 1);
        break;
      }
    }
    if (product == null && host != null) {
      String h = host.toLowerCase(Locale.ROOT);
      for (Product p : Product.values()) {
        if (h.startsWith(p.code() + "-global.") || h.startsWith(p.code() + ".")) {
          product = p;
          break;
        }
      }
    }
    if (product == null) {
      for (Product p : Product.values()) {
        for (String v : p.versionPrefixes()) {
          if (path.startsWith(v)) {
            product = p;
          }
        }
      }
    }
    if (product == null) {
      throw notFound(path);
    }
    Operation op = catalog.find(product, opPath).orElseThrow(() -> notFound(path));
    if (!op.method().equals(method)) {
      throw ApiError.gateway(
          405,
          "Eop.Route.MethodNotAllowed",
          op.path() + " accepts " + op.method() + ", not " + method,
          "请求方法不被允许");
    }
    return op;
  }

  private static ApiError notFound(String path) {
    return ApiError.gateway(404, "Eop.Route.NotFound", "no API at path " + path, "请求的接口路径不存在");
  }
}
