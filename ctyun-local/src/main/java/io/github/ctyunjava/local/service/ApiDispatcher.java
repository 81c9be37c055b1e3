package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.Operation;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.api.ReplyEnvelope;
import io.github.ctyunjava.local.options.TokenConflict;
import io.github.ctyunjava.local.store.Account;
import io.github.ctyunjava.local.store.Database;
import io.github.ctyunjava.local.store.StoreException;
import io.github.ctyunjava.local.store.StoredToken;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs a validated call: region check, clientToken idempotency and the handler, all in one database
 * transaction, and returns the success envelope.
 */
public final class ApiDispatcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Database db;
  private final HandlerRegistry handlers;
  private final Clock clock;
  private final TokenConflict tokenConflict;

  /** A dispatcher over a database and a handler registry. */
  public ApiDispatcher(
      Database db, HandlerRegistry handlers, Clock clock, TokenConflict tokenConflict) {
    this.db = db;
    this.handlers = handlers;
    this.clock = clock;
    this.tokenConflict = tokenConflict;
  }

  /**
   * Executes the operation.
   *
   * @throws ApiError business errors, or 501 when the operation has no handler
   */
  public ObjectNode dispatch(Operation op, Account account, ObjectNode params) {
    OperationHandler handler =
        handlers
            .find(op.product(), op.operationId())
            .orElseThrow(
                () ->
                    ApiError.gateway(
                        501,
                        "Eop.Route.NotImplemented",
                        "operation "
                            + op.operationId()
                            + " of product "
                            + op.product().code()
                            + " is not emulated by ctyun-local yet (no handler is registered)",
                        "模拟器暂不支持该接口"));
    if (op.product() == Product.CTVPC && params.hasNonNull("regionID")) {
      Regions.require(params.get("regionID").asText());
    }
    Instant now = clock.instant();
    String token = params.path("clientToken").asText("");
    boolean tokenScoped =
        "POST".equals(op.method())
            && op.hasBodyField("clientToken")
            && !token.isEmpty()
            && !handlers.isSelfIdempotent(op.product(), op.operationId());
    // written here, on the request's thread, not by the single SQLite writer (for the calls that
    // store it with their clientToken)
    String request = "POST".equals(op.method()) && !token.isEmpty() ? write(params) : null;
    try {
      Database.Work<ObjectNode> work =
          tx -> {
            ApiCall call = new ApiCall(op, account, params, request, tx, now);
            if (!tokenScoped) {
              return envelope(handler.handle(call));
            }
            Optional<String> earlier =
                ClientTokenReplay.earlierAnswer(
                    tx, account.accountId(), op.operationId(), token, request, tokenConflict);
            if (earlier.isPresent()) {
              return read(earlier.get());
            }
            ObjectNode env = envelope(handler.handle(call));
            tx.putToken(
                account.accountId(),
                op.operationId(),
                token,
                new StoredToken(request, write(env)),
                Docs.timestamp(now));
            return env;
          };
      // Reads run concurrently on read-only connections; anything that writes is one durable tx,
      // serialized with the account's other writes (on every emulator sharing the database).
      String scope = account.accountId();
      return "GET".equals(op.method()) ? db.read(scope, work) : db.inTransaction(scope, work);
    } catch (StoreException e) {
      throw ApiError.gateway(
          503, "Eop.Store.Unavailable", "the emulator's store failed; retry", "模拟器存储暂不可用");
    }
  }

  private static ObjectNode envelope(ApiReply reply) {
    return ReplyEnvelope.success(reply.returnObj(), reply.topLevel());
  }

  static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode read(String text) {
    try {
      return (ObjectNode) JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
