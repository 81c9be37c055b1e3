package io.github.ctyunjava.vpce.catalog;

/**
 * The VPCE operation catalogue bundled with ctyun-vpce ({@code operations.json}, generated from
 * {@code spec/ctvpc-vpce.openapi.yaml}). The reader and the nested types ({@code Operation}, {@code
 * Field}, {@code Pagination}) live in ctyun-core's {@link
 * io.github.ctyunjava.core.catalog.OperationCatalog}. Immutable, thread-safe.
 */
public final class VpceCatalog extends io.github.ctyunjava.core.catalog.OperationCatalog {
  /** The classpath resource holding the catalogue. */
  public static final String RESOURCE = "/io/github/ctyunjava/vpce/catalog/operations.json";

  private static volatile VpceCatalog defaultCatalog;

  private VpceCatalog(io.github.ctyunjava.core.catalog.OperationCatalog read) {
    super(read);
  }

  /** The catalogue bundled with this library (loaded once). */
  public static VpceCatalog load() {
    VpceCatalog c = defaultCatalog;
    if (c == null) {
      c = new VpceCatalog(load(VpceCatalog.class, RESOURCE));
      defaultCatalog = c;
    }
    return c;
  }
}
