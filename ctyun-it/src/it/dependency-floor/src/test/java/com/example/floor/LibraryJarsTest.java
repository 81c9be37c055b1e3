package com.example.floor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.ecx.EcxClient;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import io.github.ctyunjava.vpce.VpceClient;
import java.io.File;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The library jars a user gets from the BOM name their module for the module path. */
class LibraryJarsTest {
  private static String automaticModuleName(Class<?> fromJar) throws Exception {
    File jar = new File(fromJar.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile f = new JarFile(jar)) {
      return f.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
    }
  }

  @Test
  void everyLibraryJarHasAnAutomaticModuleName() throws Exception {
    assertEquals("io.github.ctyunjava.core", automaticModuleName(CtyunClient.class));
    assertEquals("io.github.ctyunjava.vpce", automaticModuleName(VpceClient.class));
    assertEquals("io.github.ctyunjava.ecx", automaticModuleName(EcxClient.class));
    assertEquals("io.github.ctyunjava.local", automaticModuleName(CtyunLocal.class));
    assertEquals(
        "io.github.ctyunjava.local.junit", automaticModuleName(CtyunLocalExtension.class));
  }
}
