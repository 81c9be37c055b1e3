package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.Operation;
import io.github.ctyunjava.local.store.Account;
import io.github.ctyunjava.local.store.Tx;
import java.time.Instant;

/**
 * One validated call handed to an {@link OperationHandler}, with the transaction it runs in.
 *
 * @param operation the operation
 * @param account the calling account
 * @param params validated, typed parameters (query and body merged)
 * @param paramsJson {@code params} as JSON text (what a clientToken is stored with), written before
 *     the transaction, so not by the single SQLite writer
 * @param tx the transaction
 * @param now the time of the call
 */
public record ApiCall(
    Operation operation,
    Account account,
    ObjectNode params,
    String paramsJson,
    Tx tx,
    Instant now) {

  /** {@code params} as JSON text, written now if the dispatcher did not. */
  @Override
  public String paramsJson() {
    return paramsJson != null ? paramsJson : ApiDispatcher.write(params);
  }

  /** A required text parameter (already checked by the validator when the spec requires it). */
  public String text(String name) {
    JsonNode v = params.get(name);
    if (v == null || v.isNull() || v.asText().isEmpty()) {
      throw ApiError.parameter("parameter " + name + " is required", "参数" + name + "不能为空");
    }
    return v.asText();
  }

  /** An optional text parameter, or null. */
  public String optText(String name) {
    JsonNode v = params.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** An optional boolean parameter. */
  public boolean bool(String name, boolean dflt) {
    JsonNode v = params.get(name);
    return v == null || v.isNull() ? dflt : v.asBoolean();
  }

  /** An optional integer parameter. */
  public int integer(String name, int dflt) {
    JsonNode v = params.get(name);
    return v == null || v.isNull() ? dflt : v.asInt();
  }

  /** Whether the parameter is present. */
  public boolean has(String name) {
    JsonNode v = params.get(name);
    return v != null && !v.isNull();
  }

  /** The region parameter. */
  public String region() {
    return text("regionID");
  }

  /** The ID of the calling account. */
  public String accountId() {
    return account.accountId();
  }
}
