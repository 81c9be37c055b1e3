package io.github.ctyunjava.local.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.Envelope;
import io.github.ctyunjava.local.gateway.JsonBodies;
import io.github.ctyunjava.local.gateway.Outcome;
import io.github.ctyunjava.local.service.Docs;
import io.github.ctyunjava.local.service.Ids;
import io.github.ctyunjava.local.store.Account;
import io.github.ctyunjava.local.store.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Operator endpoints under {@code /_ctyun/}: {@code health} (open), {@code reset}, {@code stats}
 * (resource counts by type) and {@code accounts} (need header {@value #TOKEN_HEADER}). Secret keys
 * are never listed.
 */
public final class AdminEndpoints {
  /** Header carrying the admin token. */
  public static final String TOKEN_HEADER = "X-Ctyun-Admin-Token";

  /** Path prefix of the admin endpoints. */
  public static final String PREFIX = "/_ctyun/";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Database db;
  private final byte[] token;
  private final String storeKind;

  /** Admin endpoints over a database. */
  public AdminEndpoints(Database db, String adminToken, String storeKind) {
    this.db = db;
    this.token = adminToken.getBytes(StandardCharsets.UTF_8);
    this.storeKind = storeKind;
  }

  /**
   * Answers an admin request.
   *
   * @param givenToken the token header, may be null
   */
  public Outcome handle(String method, String path, String givenToken, byte[] body) {
    String name = path.substring(PREFIX.length());
    switch (name) {
      case "health":
        ObjectNode health = F.objectNode();
        health.put("status", "UP");
        health.put("store", storeKind);
        return Outcome.ok(Envelope.success(health, java.util.Map.of()));
      case "reset":
        requireMethod(method, "POST");
        requireToken(givenToken);
        db.inTransaction(
            tx -> {
              tx.resetData();
              return null;
            });
        return Outcome.ok(Envelope.success(F.objectNode().put("reset", true), java.util.Map.of()));
      case "stats":
        requireMethod(method, "GET");
        requireToken(givenToken);
        return Outcome.ok(Envelope.success(stats(), java.util.Map.of()));
      case "accounts":
        requireToken(givenToken);
        if ("POST".equals(method)) {
          return Outcome.ok(Envelope.success(createAccount(body), java.util.Map.of()));
        }
        requireMethod(method, "GET");
        List<Account> accounts = db.inTransaction(tx -> tx.accounts());
        ArrayNode arr = F.arrayNode();
        for (Account a : accounts) {
          arr.addObject()
              .put("accountID", a.accountId())
              .put("email", a.email())
              .put("accessKey", a.accessKey());
        }
        return Outcome.ok(Envelope.success(arr, java.util.Map.of()));
      default:
        throw ApiError.gateway(404, "Eop.Route.NotFound", "no admin endpoint " + path, "管理接口不存在");
    }
  }

  private ObjectNode stats() {
    ObjectNode out = F.objectNode();
    out.put("store", storeKind);
    ObjectNode resources = out.putObject("resources");
    db.inTransaction(
        tx -> {
          tx.countsByType().forEach(resources::put);
          out.put("accounts", tx.accounts().size());
          return null;
        });
    return out;
  }

  private ObjectNode createAccount(byte[] body) {
    JsonNode req = JsonBodies.parse(body);
    String ak = req == null ? null : req.path("accessKey").asText(null);
    String sk = req == null ? null : req.path("secretKey").asText(null);
    if ((ak == null) != (sk == null)
        || ak != null
            && (ak.isEmpty()
                || sk.isEmpty()
                || ak.length() > 128
                || sk.length() > 256
                || ak.chars().anyMatch(c -> c <= 0x20 || c > 0x7e))) {
      throw ApiError.parameter(
          "give both accessKey (printable ASCII, no spaces) and secretKey, or neither",
          "accessKey与secretKey须同时提供");
    }
    String id = Ids.hex32();
    Account a =
        new Account(
            id,
            req != null && req.hasNonNull("email")
                ? req.get("email").asText()
                : "user-" + id.substring(0, 8) + "@ctyun-local.invalid",
            ak != null ? ak : Ids.hex32(),
            sk != null ? sk : Ids.hex32() + Ids.hex32());
    db.inTransaction(
        tx -> {
          if (tx.accountByAccessKey(a.accessKey()).isPresent()
              || tx.accountByEmail(a.email()).isPresent()) {
            throw ApiError.business(
                "Eop.Admin.AccountExists", "that access key or e-mail already exists", "账号已存在");
          }
          tx.insertAccount(a, Docs.timestamp(java.time.Instant.now()));
          return null;
        });
    return F.objectNode()
        .put("accountID", a.accountId())
        .put("email", a.email())
        .put("accessKey", a.accessKey())
        .put("secretKey", a.secretKey());
  }

  private static void requireMethod(String method, String expected) {
    if (!expected.equals(method)) {
      throw ApiError.gateway(405, "Eop.Route.MethodNotAllowed", "use " + expected, "请求方法不被允许");
    }
  }

  private void requireToken(String given) {
    if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      throw ApiError.gateway(
          401,
          "Eop.Admin.Unauthorized",
          "missing or wrong " + TOKEN_HEADER + " header",
          "管理令牌缺失或错误");
    }
  }
}
