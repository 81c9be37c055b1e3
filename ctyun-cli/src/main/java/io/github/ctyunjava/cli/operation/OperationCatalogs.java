package io.github.ctyunjava.cli.operation;

import io.github.ctyunjava.core.catalog.CliNames;
import io.github.ctyunjava.core.catalog.OperationCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the operation catalogues of the typed clients into {@link CliOperation}s: the only class
 * that knows the catalogue types. Group and command names come from the catalogue's {@code
 * cliGroup}/{@code cliCommand} (generated with the same rule as {@link CliNames}, which fills in
 * for an entry without them): ctyun-vpce (groups {@code vpc}, {@code vpce}) and ctyun-ecx ({@code
 * ecx}).
 */
public final class OperationCatalogs {
  /**
   * The catalogues the CLI exposes, each with the command groups its operations fall into: a
   * command reads only the catalogue of its group. A test checks these groups against the
   * catalogues' own {@code cliGroup}s.
   */
  private enum Source {
    VPCE(List.of("vpce", "vpc")) {
      @Override
      OperationCatalog load() {
        return io.github.ctyunjava.vpce.catalog.VpceCatalog.load();
      }
    },
    ECX(List.of("ecx")) {
      @Override
      OperationCatalog load() {
        return io.github.ctyunjava.ecx.catalog.EcxCatalog.load();
      }
    };

    private final List<String> groups;
    private volatile List<CliOperation> operations;

    Source(List<String> groups) {
      this.groups = groups;
    }

    abstract OperationCatalog load();

    /** The catalogue's operations that have a command group, in catalogue order (read once). */
    List<CliOperation> operations() {
      List<CliOperation> ops = operations;
      if (ops == null) {
        List<CliOperation> list = new ArrayList<>();
        for (OperationCatalog.Operation op : load().operations()) {
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

  private OperationCatalogs() {}

  /** The command groups, in catalogue order, known without reading any catalogue. */
  public static List<String> groups() {
    List<String> groups = new ArrayList<>();
    for (Source s : Source.values()) {
      groups.addAll(s.groups);
    }
    return groups;
  }

  /** Every operation the CLI exposes, in catalogue order (each catalogue read once). */
  public static List<CliOperation> all() {
    List<CliOperation> list = new ArrayList<>();
    for (Source s : Source.values()) {
      list.addAll(s.operations());
    }
    return Collections.unmodifiableList(list);
  }

  /** The operations of one group, in catalogue order; reads only that group's catalogue. */
  public static List<CliOperation> group(String group) {
    List<CliOperation> out = new ArrayList<>();
    for (Source s : Source.values()) {
      if (s.groups.contains(group)) {
        for (CliOperation op : s.operations()) {
          if (op.group().equals(group)) {
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
        orElse(op.cliGroup(), CliNames.group(op.product(), op.path())),
        orElse(op.cliCommand(), CliNames.command(op.operationId())),
        op.operationId(),
        op.product(),
        op.method(),
        op.path(),
        op.summary(),
        op.idempotent(),
        op.clientTokenAuto(),
        fields(op.fields()),
        p == null
            ? null
            : new CliOperation.Paging(
                p.pageParam(), p.sizeParam(), p.defaultPageSize(), p.counts(), p.items()),
        op);
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
}
