package io.github.ctyunjava.local.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.core.testing.RepoFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads the repository's copy of {@code ctvpc-client-contracts.json} (facts read from CTyun's own
 * Go clients) into {@link ContractRecord}s.
 */
public final class ClientContracts {
  /** The file's path relative to the repository root. */
  public static final String REPO_PATH = "conformance/ctvpc-client-contracts.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClientContracts() {}

  /** Every record of the repository copy, in file order (read once). */
  public static List<ContractRecord> records() {
    return Loaded.RECORDS;
  }

  /** Whether any client's record of the operation marks the body or query field required. */
  public static boolean requiredByAnyClient(String operationId, String field) {
    for (ContractRecord r : records()) {
      if (!r.operationId().equals(operationId)) {
        continue;
      }
      List<JsonNode> fields = new ArrayList<>(r.body());
      fields.addAll(r.query());
      for (JsonNode f : fields) {
        if (f.path("name").asText().equals(field) && f.path("required").asBoolean(false)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The header's record count, to check that nothing was lost in reading. */
  public static int declaredRecordCount() {
    return Loaded.ROOT.path("header").path("counts").path("records").asInt();
  }

  /** The repository copy. */
  public static Path repoCopy() {
    return RepoFiles.file(REPO_PATH);
  }

  /** The parsed file, loaded on first use. */
  private static final class Loaded {
    static final JsonNode ROOT = read(repoCopy());
    static final List<ContractRecord> RECORDS = parse(ROOT);

    private static List<ContractRecord> parse(JsonNode root) {
      List<ContractRecord> out = new ArrayList<>();
      for (JsonNode op : root.path("operations")) {
        out.add(new ContractRecord(op));
      }
      return Collections.unmodifiableList(out);
    }
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
