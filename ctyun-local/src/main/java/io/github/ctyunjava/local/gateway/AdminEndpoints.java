package io.github.ctyunjava.local.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.ReplyEnvelope;
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
        if (!db.isUp()) {
          throw ApiError.gateway(
                  503, "Eop.Store.Unavailable", "the emulator's database is down", "模拟器数据库不可用")
              .withDetails(java.util.Map.of("status", "DOWN", "store", storeKind));
        }
        ObjectNode health = F.objectNode();
        health.put("status", "UP");
        health.put("store", storeKind);
        return Outcome.ok(ReplyEnvelope.success(health, java.util.Map.of()));
      case "reset":
        requireMethod(method, "POST");
        requireToken(givenToken);
        db.inTransaction(
            tx -> {
              tx.resetData();
              return null;
            });
        return Outcome.ok(
            ReplyEnvelope.success(F.objectNode().put("reset", true), java.util.Map.of()));
      case "stats":
        requireMethod(method, "GET");
        requireToken(givenToken);
        return Outcome.ok(ReplyEnvelope.success(stats(), java.util.Map.of()));
      case "accounts":
        requireToken(givenToken);
        if ("POST".equals(method)) {
          return Outcome.ok(ReplyEnvelope.success(createAccount(body), java.util.Map.of()));
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
        return Outcome.ok(ReplyEnvelope.success(arr, java.util.Map.of()));
      default:
        throw ApiError.gateway(
            404, "Eop.Route.NotFound", "no admin endpoint " + ApiError.echo(path), "管理接口不存在");
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
    if (req != null && !req.isObject()) {
      throw ApiError.parameter("the body must be a JSON object", "请求体必须是JSON对象");
    }
    String ak = textOrNull(req, "accessKey");
    String sk = textOrNull(req, "secretKey");
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
    JsonNode givenEmail = req == null ? null : req.get("email");
    if (givenEmail != null
        && !givenEmail.isNull()
        && !(givenEmail.isTextual() && Account.isEmail(givenEmail.asText()))) {
      throw ApiError.parameter(
          "email must be an e-mail address such as dev@example.com", "email格式不合法");
    }
    String id = Ids.hex32();
    Account a =
        new Account(
            id,
            givenEmail != null && !givenEmail.isNull()
                ? givenEmail.asText()
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

  private static String textOrNull(JsonNode req, String field) {
    JsonNode v = req == null ? null : req.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiError.parameter(field + " must be a string", field + "必须是字符串");
    }
    return v.asText();
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
