package io.github.ctyunjava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.cli.operation.OperationCatalogs;
import io.github.ctyunjava.core.catalog.CliNames;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliNamesTest {
  @Test
  void catalogueNamesFollowTheSameRule() {
    List<io.github.ctyunjava.core.catalog.OperationCatalog.Operation> ops = new ArrayList<>();
    ops.addAll(io.github.ctyunjava.vpce.catalog.VpceCatalog.load().operations());
    ops.addAll(io.github.ctyunjava.ecx.catalog.EcxCatalog.load().operations());
    for (io.github.ctyunjava.core.catalog.OperationCatalog.Operation op : ops) {
      assertThat(op.cliCommand())
          .as(op.operationId())
          .isEqualTo(CliNames.command(op.operationId()));
      assertThat(OperationCatalogs.groups()).as(op.operationId()).contains(op.cliGroup());
    }
  }
}
