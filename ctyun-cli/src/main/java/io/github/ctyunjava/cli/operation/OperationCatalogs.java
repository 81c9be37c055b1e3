package io.github.ctyunjava.cli.operation;

import io.github.ctyunjava.core.catalog.CliNames;
import io.github.ctyunjava.core.catalog.OperationCatalog;
import io.github.ctyunjava.core.catalog.ProductCatalogProvider;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Reads the operation catalogues of the typed clients into {@link CliOperation}s: the only class
 * that knows the catalogue types. The products are found on the class path as data ({@link
 * ProductCatalogProvider}s registered by each typed client module, generated from {@code
 * spec/products.yaml}); group and command names come from the catalogue's {@code cliGroup}/{@code
 * cliCommand}.
 */
public final class OperationCatalogs {
  /** One product on the class path: its command groups are known before its catalogue is read. */
  private static final class Source {
    private final ProductCatalogProvider provider;
    private volatile List<CliOperation> operations;

    Source(ProductCatalogProvider provider) {
      this.provider = provider;
    }

    /**
     * The catalogue's operations that have a command group, in catalogue order (read once, by the
     * first thread that asks; others wait for it).
     */
    List<CliOperation> operations() {
      List<CliOperation> ops = operations;
      if (ops == null) {
        ops = read();
      }
      return ops;
    }

    private synchronized List<CliOperation> read() {
      List<CliOperation> ops = operations;
      if (ops == null) {
        List<CliOperation> list = new ArrayList<>();
        for (OperationCatalog.Operation op : provider.catalog().operations()) {
          CliOperation o = of(op);
          if (o.group() != null) {
            list.add(o);
          }
        }
        ops = Collections.unmodifiableList(list);
        operations = ops;
      }
      return ops;
    }
  }

  private static volatile List<Source> sources;

  private OperationCatalogs() {}

  /** The products on the class path, by product code (found once). */
  private static List<Source> sources() {
    List<Source> s = sources;
    return s != null ? s : findSources();
  }

  private static synchronized List<Source> findSources() {
    List<Source> s = sources;
    if (s == null) {
      List<ProductCatalogProvider> found = new ArrayList<>();
      ServiceLoader.load(ProductCatalogProvider.class).forEach(found::add);
      found.sort(Comparator.comparing(ProductCatalogProvider::product));
      List<Source> list = new ArrayList<>();
      for (ProductCatalogProvider p : found) {
        list.add(new Source(p));
      }
      s = Collections.unmodifiableList(list);
      sources = s;
    }
    return s;
  }

  /** The command groups, in product order, known without reading any catalogue. */
  public static List<String> groups() {
    List<String> groups = new ArrayList<>();
    for (Source s : sources()) {
      groups.addAll(s.provider.cliGroups().keySet());
    }
    return groups;
  }

  /** The one-line help of a command group, or null for an unknown group. */
  public static String description(String group) {
    for (Source s : sources()) {
      String about = s.provider.cliGroups().get(group);
      if (about != null) {
        return about;
      }
    }
    return null;
  }

  /** Every operation the CLI exposes, in catalogue order (each catalogue read once). */
  public static List<CliOperation> all() {
    List<CliOperation> list = new ArrayList<>();
    for (Source s : sources()) {
      list.addAll(s.operations());
    }
    return Collections.unmodifiableList(list);
  }

  /** The operations of one group, in catalogue order; reads only that group's catalogue. */
  public static List<CliOperation> group(String group) {
    List<CliOperation> out = new ArrayList<>();
    for (Source s : sources()) {
      if (s.provider.cliGroups().containsKey(group)) {
        for (CliOperation op : s.operations()) {
          if (group.equals(op.group())) {
            out.add(op);
          }
        }
      }
    }
    return out;
  }

  private static CliOperation of(OperationCatalog.Operation op) {
    OperationCatalog.Pagination p = op.pagination();
    return new CliOperation(
        orElse(op.cliGroup(), null),
        command(op),
        op.operationId(),
        op.product(),
        op.method(),
        op.path(),
        op.summary(),
        op.idempotent(),
        op.clientTokenAuto(),
        new FieldsOnDemand(op),
        p == null
            ? null
            : new CliOperation.Paging(
                p.pageParam(), p.sizeParam(), p.defaultPageSize(), p.counts(), p.items()),
        op);
  }

  /** The catalogue's command name, else one made from the operationId (only then: it costs). */
  private static String command(OperationCatalog.Operation op) {
    String command = op.cliCommand();
    return command == null || command.isEmpty() ? CliNames.command(op.operationId()) : command;
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }

  private static List<CliOperation.Field> fields(List<OperationCatalog.Field> fields) {
    List<CliOperation.Field> out = new ArrayList<>(fields.size());
    for (OperationCatalog.Field f : fields) {
      out.add(
          new CliOperation.Field(
              f.name(),
              f.inQuery(),
              f.type(),
              f.required(),
              f.enumValues(),
              f.deprecated(),
              fields(f.fields()),
              f.description(),
              f.example(),
              f.enumMeanings()));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * An operation's fields, converted when first used: a command builds one operation of its group,
   * and the catalogue reads an operation's fields only when asked (a short command's start-up).
   */
  private static final class FieldsOnDemand extends AbstractList<CliOperation.Field> {
    private final OperationCatalog.Operation op;
    private volatile List<CliOperation.Field> fields;

    FieldsOnDemand(OperationCatalog.Operation op) {
      this.op = op;
    }

    private List<CliOperation.Field> fields() {
      List<CliOperation.Field> f = fields;
      if (f == null) {
        f = OperationCatalogs.fields(op.fields());
        fields = f; // a race converts the same immutable fields twice, harmlessly
      }
      return f;
    }

    @Override
    public CliOperation.Field get(int index) {
      return fields().get(index);
    }

    @Override
    public int size() {
      return fields().size();
    }
  }
}
