package io.github.ctyunjava.cli.operation;

import io.github.ctyunjava.core.catalog.CliNames;
import io.github.ctyunjava.core.catalog.OperationCatalog;
import java.util.List;
import java.util.Map;

/**
 * What the CLI needs to know about one catalogue operation: its command name and the wire facts
 * (product, method, path, fields, paging) that turn flags into a request.
 *
 * @param group the command group ({@code vpc}, {@code vpce}, {@code ecx})
 * @param command the subcommand, e.g. {@code create-endpoint}
 * @param operationId the spec's operationId, e.g. {@code createEndpoint}
 * @param product the product code that selects the endpoint host
 * @param method the HTTP method
 * @param path the request path
 * @param summary the spec summary
 * @param idempotent whether repeating the call is harmless without a clientToken
 * @param clientTokenAuto whether a missing body clientToken is generated
 * @param fields the request fields in spec order
 * @param paging the paging facts, or null when the operation is not a paged list
 * @param source the catalogue entry these facts come from (turns fields into the wire request)
 */
public record CliOperation(
    String group,
    String command,
    String operationId,
    String product,
    String method,
    String path,
    String summary,
    boolean idempotent,
    boolean clientTokenAuto,
    List<Field> fields,
    Paging paging,
    OperationCatalog.Operation source) {

  /** The field with this wire name, or null. */
  Field field(String name) {
    for (Field f : fields) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  /**
   * One request field.
   *
   * @param name the wire name, e.g. {@code regionID}
   * @param inQuery whether it goes in the query string (else in the JSON body)
   * @param type {@code string}, {@code integer}, {@code int64}, {@code number}, {@code boolean},
   *     {@code object} or {@code array<...>}
   * @param required whether the spec marks it required
   * @param enumValues the allowed values as text, or empty
   * @param deprecated whether the spec marks it deprecated
   * @param fields the fields of an object (or of the objects of an array)
   * @param description the spec's description, or null
   * @param example the spec's example value, or null
   * @param enumMeanings what coded allowed values mean (value to meaning), or empty
   */
  record Field(
      String name,
      boolean inQuery,
      String type,
      boolean required,
      List<String> enumValues,
      boolean deprecated,
      List<Field> fields,
      String description,
      String example,
      Map<String, String> enumMeanings) {

    /** The flag, e.g. {@code --region-id}. */
    String flag() {
      return CliNames.flag(name);
    }

    /** Whether the value is a list of scalars (a repeatable flag). */
    boolean isScalarList() {
      return type.startsWith("array<") && !isStructured();
    }

    /** Whether the value is an object or a list of objects (given as JSON). */
    boolean isStructured() {
      return type.equals("object") || type.equals("array<object>") || type.startsWith("map");
    }

    /** The type of a list's elements, or the type itself. */
    String elementType() {
      return type.startsWith("array<") ? type.substring(6, type.length() - 1) : type;
    }
  }

  /**
   * Paging facts of a list operation.
   *
   * @param pageParam the page-number parameter ({@code pageNo} or {@code pageNumber})
   * @param sizeParam the page-size parameter
   * @param defaultPageSize the page size the service uses when none is given
   * @param counts where the counts are: {@code top}, {@code returnObj}, {@code both}, {@code
   *     returnObj[]} or {@code none}
   * @param items where the items are, e.g. {@code returnObj.endpoints}
   */
  record Paging(
      String pageParam, String sizeParam, int defaultPageSize, String counts, String items) {}
}
