package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.store.Account;
import io.github.ctyunjava.local.store.Resource;
import io.github.ctyunjava.local.store.Tx;
import java.time.Instant;

/**
 * What a model works in: the transaction, the calling account, the call's region and time. Models
 * take a scope and typed arguments, never the raw request.
 *
 * @param tx the transaction
 * @param account the calling account
 * @param regionId the call's {@code regionID}, or null when the call names none (ECX)
 * @param now the time of the call
 */
public record Scope(Tx tx, Account account, String regionId, Instant now) {

  /** The scope of a call. */
  public static Scope of(ApiCall call) {
    return new Scope(call.tx(), call.account(), call.optText("regionID"), call.now());
  }

  /** The region; a call without one gets the same error as a missing required parameter. */
  public String region() {
    if (regionId == null || regionId.isEmpty()) {
      throw ApiError.parameter("parameter regionID is required", "参数regionID不能为空");
    }
    return regionId;
  }

  /** The ID of the calling account. */
  public String accountId() {
    return account.accountId();
  }

  /**
   * Stores a new resource of the calling account in the scope's region.
   *
   * @param parentId containing resource, may be null
   * @param refId secondary reference, may be null
   * @param name display name used by filters, may be null
   */
  public Resource insert(
      String type, String id, String parentId, String refId, String name, ObjectNode doc) {
    return tx.insert(Resource.create(type, id, accountId(), region(), parentId, refId, name, doc));
  }

  /** The call's time in CTyun's timestamp format. */
  public String timestamp() {
    return Docs.timestamp(now);
  }
}
