package io.github.ctyunjava.vpce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.catalog.OperationCatalog.Operation;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.local.junit.CtyunLocalTest;
import io.github.ctyunjava.vpce.catalog.VpceCatalog;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every catalogued operation through its typed method against the emulator: with a region that
 * does not exist each one must come back as a service error (HTTP 200, statusCode 900, as the
 * spec's envelope says), and each one must refuse to send a request that lacks a required field.
 */
@CtyunLocalTest
class EveryOperationTest {
  /** Well-formed (32 hex) but not a region the emulator (or CTyun) knows. */
  static final String UNKNOWN_REGION = "00000000000000000000000000000000";

  static Stream<Operation> operations() {
    return VpceCatalog.load().operations().stream();
  }

  @Test
  void everyNonInferredSpecOperationHasATypedMethod() throws Exception {
    List<String> missing = new ArrayList<>();
    for (Operation op : VpceCatalog.load().operations()) {
      Method m = VpceClient.class.getMethod(op.operationId(), Class.forName(op.requestClass()));
      assertThat(m.getReturnType().getName()).isEqualTo(op.responseClass());
      if (op.evidence().equals("inferred")) {
        missing.add(op.operationId());
      }
    }
    assertThat(missing).isEmpty();
    // and the other way round: every operation method of the client is catalogued
    for (Method m : VpceClient.class.getMethods()) {
      if (java.lang.reflect.Modifier.isAbstract(m.getModifiers()) && !m.getName().equals("close")) {
        assertThat(VpceCatalog.load().operation(m.getName())).as(m.getName()).isNotNull();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void serviceErrorSurfacesAsCtyunServiceException(Operation op, CtyunClient core)
      throws Throwable {
    try (VpceClient client = VpceClient.builder().client(core).build()) {
      Object request = CatalogRequests.requiredOnly(op, UNKNOWN_REGION);
      Throwable thrown = null;
      try {
        CatalogRequests.call(client, op, request);
      } catch (Throwable t) {
        thrown = t;
      }
      assertThat(thrown).as(op.operationId()).isInstanceOf(CtyunServiceException.class);
      CtyunServiceException e = (CtyunServiceException) thrown;
      assertThat(e.httpStatus()).isEqualTo(200);
      assertThat(e.statusCode()).isEqualTo("900");
      assertThat(e.errorCode()).as(op.operationId()).isEqualTo("Openapi.Region.NotFound");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void missingRequiredFieldIsRejectedBeforeSending(Operation op, CtyunClient core)
      throws Throwable {
    try (VpceClient client = VpceClient.builder().client(core).build()) {
      Object request =
          CatalogRequests.MAPPER.treeToValue(
              CatalogRequests.MAPPER.createObjectNode(), Class.forName(op.requestClass()));
      String firstRequired =
          op.fields().stream()
              .filter(f -> f.required() && !f.name().equals("clientToken"))
              .findFirst()
              .map(VpceCatalog.Field::name)
              .orElseThrow(IllegalStateException::new);
      assertThatThrownBy(() -> CatalogRequests.call(client, op, request))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is required (wire name " + firstRequired + ")");
    }
  }
}
