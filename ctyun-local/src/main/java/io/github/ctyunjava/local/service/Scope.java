package io.github.ctyunjava.local.service;

import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.store.Account;
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

  /** The call's time in CTyun's timestamp format. */
  public String timestamp() {
    return Docs.timestamp(now);
  }
}
