package io.github.ctyunjava.local.service;

import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.options.TokenConflict;
import io.github.ctyunjava.local.store.StoredToken;
import io.github.ctyunjava.local.store.Tx;
import java.util.Optional;

/**
 * clientToken idempotency: the stored answer of an earlier call with the same token, after checking
 * that it carried the same request (a different request with a reused token is an error unless the
 * emulator is told to ignore it).
 */
public final class ClientTokenReplay {
  private ClientTokenReplay() {}

  /**
   * The earlier answer (JSON text) for this account, operation and token, if any.
   *
   * @throws ApiError {@link ErrorCodes#CLIENT_TOKEN_CONFLICT} when the token was used with other
   *     parameters and {@code conflict} is {@link TokenConflict#ERROR}
   */
  public static Optional<String> earlierAnswer(
      Tx tx,
      String accountId,
      String operation,
      String token,
      String requestJson,
      TokenConflict conflict) {
    Optional<StoredToken> seen = tx.token(accountId, operation, token);
    if (seen.isEmpty()) {
      return Optional.empty();
    }
    if (conflict == TokenConflict.ERROR && !seen.get().requestJson().equals(requestJson)) {
      throw ApiError.business(
          ErrorCodes.CLIENT_TOKEN_CONFLICT,
          "clientToken " + token + " was already used with different parameters",
          "clientToken已被不同参数的请求使用");
    }
    return Optional.of(seen.get().responseJson());
  }
}
