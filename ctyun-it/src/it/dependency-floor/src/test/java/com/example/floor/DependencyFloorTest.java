package com.example.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import org.junit.jupiter.api.Test;

/** This build really runs the example on the floor versions (else it would prove nothing). */
class DependencyFloorTest {
  @Test
  void jacksonIsTheFloorVersion() {
    assertEquals(System.getProperty("expected.jackson.version"), PackageVersion.VERSION.toString());
    // JsonNode.properties() (2.15) broke typed calls on 2.13 once: absent here
    assertThrows(NoSuchMethodException.class, () -> JsonNode.class.getMethod("properties"));
  }

  @Test
  void slf4jIsOneSeven() {
    // SLF4J 2's service-provider interface does not exist in 1.7
    assertThrows(
        ClassNotFoundException.class, () -> Class.forName("org.slf4j.spi.SLF4JServiceProvider"));
  }
}
