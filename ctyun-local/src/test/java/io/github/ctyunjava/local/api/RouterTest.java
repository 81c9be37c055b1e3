package io.github.ctyunjava.local.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * Routing by exact method and path across products: a second product under {@code /v4/} (the
 * test-only {@code gadget}) takes none of ctvpc's traffic, whatever the order of the products.
 */
class RouterTest {
  static final Product GADGET = Product.of("gadget");

  static Path gadgetDir() {
    try {
      return Paths.get(RouterTest.class.getResource("/products/sharedv4/products.yaml").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Router gadgetLast() {
    return new Router(
        SpecCatalog.load(ProductIndex.bundled().with(ProductIndex.fromDirectory(gadgetDir()))));
  }

  static Router gadgetFirst() {
    return new Router(
        SpecCatalog.load(ProductIndex.fromDirectory(gadgetDir()).with(ProductIndex.bundled())));
  }

  @Test
  void ctvpcPathsStayWithCtvpcWhateverTheProductOrder() {
    for (Router r : new Router[] {gadgetLast(), gadgetFirst()}) {
      Operation op = r.route("127.0.0.1:8080", "/v4/vpc/create", "POST");
      assertThat(op.product()).isSameAs(Product.CTVPC);
      assertThat(op.operationId()).isEqualTo("createVpc");
      assertThat(r.route("localhost", "/v4/vpce/list-endpoint", "GET").product())
          .isSameAs(Product.CTVPC);
    }
  }

  @Test
  void theSecondV4ProductGetsItsOwnPaths() {
    for (Router r : new Router[] {gadgetLast(), gadgetFirst()}) {
      Operation op = r.route("127.0.0.1:8080", "/v4/gadget/list", "GET");
      assertThat(op.product()).isSameAs(GADGET);
      assertThat(op.operationId()).isEqualTo("listGadgets");
    }
  }

  @Test
  void ecxPathsAreFoundWithoutHostOrPrefix() {
    assertThat(gadgetLast().route(null, "/v3/vpc/createVPC", "POST").product())
        .isSameAs(Product.ECX);
  }

  @Test
  void aPathOfTwoProductsNeedsTheHostOrThePrefix() {
    Router r = gadgetLast();
    ApiError e =
        catchThrowableOfType(ApiError.class, () -> r.route("localhost", "/v4/vpc/list", "GET"));
    assertThat(e.httpStatus()).isEqualTo(404);
    assertThat(e.errorCode()).isEqualTo("Eop.Route.Ambiguous");
    assertThat(e.getMessage()).contains("ctvpc, gadget");

    assertThat(r.route("ctvpc-global.ctapi.ctyun.cn", "/v4/vpc/list", "GET").product())
        .isSameAs(Product.CTVPC);
    assertThat(r.route("gadget-global.ctapi.ctyun.cn:443", "/v4/vpc/list", "GET").operationId())
        .isEqualTo("listGadgetVpcs");
    assertThat(r.route("localhost", "/gadget/v4/vpc/list", "GET").product()).isSameAs(GADGET);
    assertThat(r.route("localhost", "/ctvpc/v4/vpc/list", "GET").product()).isSameAs(Product.CTVPC);
  }

  @Test
  void hostOrPrefixLimitsTheLookupToThatProduct() {
    Router r = gadgetLast();
    ApiError e =
        catchThrowableOfType(
            ApiError.class, () -> r.route("ctvpc-global.ctapi.ctyun.cn", "/v4/gadget/list", "GET"));
    assertThat(e.httpStatus()).isEqualTo(404);
    assertThat(e.errorCode()).isEqualTo("Eop.Route.NotFound");
    e =
        catchThrowableOfType(
            ApiError.class, () -> r.route("localhost", "/ecx/v4/gadget/list", "GET"));
    assertThat(e.httpStatus()).isEqualTo(404);
  }

  @Test
  void theHostNamesTheProductWithAnyCaseAndPort() {
    Router r = gadgetFirst();
    for (String host :
        new String[] {
          "CTVPC-Global.ctapi.ctyun.cn:8443", "ctvpc.local", "ctvpc-global.example:80", "ctvpc.x:"
        }) {
      assertThat(r.route(host, "/v4/vpc/list", "GET").product()).as(host).isSameAs(Product.CTVPC);
    }
    for (String host : new String[] {"gadget.local:9", "GADGET-global.example"}) {
      assertThat(r.route(host, "/v4/vpc/list", "GET").product()).as(host).isSameAs(GADGET);
    }
    ApiError e =
        catchThrowableOfType(ApiError.class, () -> r.route("ctvpcx.local", "/v4/vpc/list", "GET"));
    assertThat(e.errorCode()).isEqualTo("Eop.Route.Ambiguous");
  }

  @Test
  void theHostNameLosesOnlyATrailingDecimalPort() {
    assertThat(ProductIndex.hostName("Ctvpc.Local:8080")).isEqualTo("ctvpc.local");
    assertThat(ProductIndex.hostName("[::1]:8080")).isEqualTo("[::1]");
    assertThat(ProductIndex.hostName("[::1]")).isEqualTo("[::1]");
    assertThat(ProductIndex.hostName("ctvpc.local:")).isEqualTo("ctvpc.local:");
    assertThat(ProductIndex.hostName("ctvpc.local:80a")).isEqualTo("ctvpc.local:80a");
    assertThat(ProductIndex.hostName("ctvpc.local")).isEqualTo("ctvpc.local");
  }

  @Test
  void aKnownPathWithAnotherMethodIs405() {
    ApiError e =
        catchThrowableOfType(
            ApiError.class, () -> gadgetLast().route("localhost", "/v4/gadget/list", "POST"));
    assertThat(e.httpStatus()).isEqualTo(405);
    assertThat(e.getMessage()).contains("accepts GET, not POST");
  }

  @Test
  void unknownVersionPrefixIs404() {
    ApiError e =
        catchThrowableOfType(ApiError.class, () -> gadgetLast().route("localhost", "/v9/x", "GET"));
    assertThat(e.httpStatus()).isEqualTo(404);
    assertThat(e.errorCode()).isEqualTo("Eop.Route.NotFound");
  }
}
