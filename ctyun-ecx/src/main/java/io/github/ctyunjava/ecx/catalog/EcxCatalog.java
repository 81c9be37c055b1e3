package io.github.ctyunjava.ecx.catalog;

/**
 * The ECX operation catalogue bundled with ctyun-ecx ({@code operations.json}, generated from
 * {@code spec/ecx.openapi.yaml}). The reader and the nested types ({@code Operation}, {@code
 * Field}, {@code Pagination}) live in ctyun-core's {@link
 * io.github.ctyunjava.core.catalog.OperationCatalog}. Immutable, thread-safe.
 */
public final class EcxCatalog extends io.github.ctyunjava.core.catalog.OperationCatalog {
  /** The classpath resource holding the catalogue. */
  public static final String RESOURCE = "/io/github/ctyunjava/ecx/catalog/operations.json";

  private static volatile EcxCatalog defaultCatalog;

  private EcxCatalog(io.github.ctyunjava.core.catalog.OperationCatalog read) {
    super(read);
  }

  /** The catalogue bundled with this library (loaded once). */
  public static EcxCatalog load() {
    EcxCatalog c = defaultCatalog;
    if (c == null) {
      c = new EcxCatalog(load(EcxCatalog.class, RESOURCE));
      defaultCatalog = c;
    }
    return c;
  }
}
