package io.github.ctyunjava.core.catalog;

import java.util.Map;

/**
 * A product whose typed client is on the class path, found with {@link java.util.ServiceLoader}:
 * ctyun-codegen generates one implementation per entry of {@code spec/products.yaml}, registered in
 * the client module's {@code META-INF/services}. The CLI lists its command groups from here without
 * reading a catalogue, and reads a catalogue only when a command of its group runs.
 */
public interface ProductCatalogProvider {
  /** The product code, e.g. {@code ctvpc}. */
  String product();

  /**
   * The CLI command groups of the product's operations, in display order: group name to its
   * one-line help. Every operation of {@link #catalog()} names one of them as its {@code cliGroup}.
   */
  Map<String, String> cliGroups();

  /** The product's operation catalogue (loaded once). */
  OperationCatalog catalog();
}
