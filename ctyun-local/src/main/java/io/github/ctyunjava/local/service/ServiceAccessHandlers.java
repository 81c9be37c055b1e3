package io.github.ctyunjava.local.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.store.Account;
import io.github.ctyunjava.local.store.Resource;
import io.github.ctyunjava.local.store.ResourceQuery;

/**
 * Who may use a service: the account whitelist, port rules, and endpoint connections
 * (autoConnection, accept, reject).
 */
public final class ServiceAccessHandlers {
  /** Connection display text terraform treats as connected. */
  public static final String CONNECTED_TEXT = "已连接";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ServiceAccessHandlers() {}

  /** Registers the handlers. */
  public static void register(HandlerRegistry r) {
    r.register(
        Product.CTVPC, "createEndpointServiceWhitelist", ServiceAccessHandlers::addWhitelist);
    r.register(
        Product.CTVPC, "deleteEndpointServiceWhitelist", ServiceAccessHandlers::deleteWhitelist);
    r.register(Product.CTVPC, "listEndpointServiceWhitelist", c -> listWhitelist(c, false));
    r.register(Product.CTVPC, "newListEndpointServiceWhitelist", c -> listWhitelist(c, true));
    r.register(Product.CTVPC, "createEndpointServiceRule", ServiceAccessHandlers::createRule);
    r.register(Product.CTVPC, "deleteEndpointServiceRule", ServiceAccessHandlers::deleteRule);
    r.register(Product.CTVPC, "showEndpointServiceConnections", ServiceAccessHandlers::connections);
    r.register(
        Product.CTVPC,
        "updateEndpointServiceConnections",
        ServiceAccessHandlers::updateConnections);
    r.register(Product.CTVPC, "acceptEndpointApply", c -> decide(c, true));
    r.register(Product.CTVPC, "rejectEndpointApply", c -> decide(c, false));
  }

  static ApiReply addWhitelist(ApiCall call) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    String email = call.optText("email");
    String bss = call.optText("bssAccountID");
    if ((email == null || email.isEmpty()) && (bss == null || bss.isEmpty())) {
      throw ApiError.parameter(
          "give email or bssAccountID (at least one)", "email与bssAccountID至少填写一个");
    }
    if (email != null && !Account.isEmail(email)) {
      throw ApiError.business(
          io.github.ctyunjava.local.api.RequestValidator.PATTERN_ERROR,
          "email " + email + " is not an e-mail address",
          "email格式不合法");
    }
    ObjectNode doc = s.doc();
    ArrayNode wl = doc.withArray("_whitelist");
    for (JsonNode e : wl) {
      if (matches(e, email, bss)) {
        throw ApiError.business(
            ErrorCodes.WHITELIST_ENTRY_EXISTS,
            "that account is already in the whitelist of " + s.id(),
            "该账号已在白名单中");
      }
    }
    String ts = Docs.timestamp(call.now());
    ObjectNode e = wl.addObject();
    e.put("endpointServiceID", s.id());
    e.put("createdAt", ts);
    e.put("updatedAt", ts);
    e.put("email", email == null ? "" : email);
    e.put("bssAccountID", bss == null ? "" : bss);
    call.tx().update(s.withDoc(doc));
    return ApiReply.of(null);
  }

  static ApiReply deleteWhitelist(ApiCall call) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    String email = call.optText("email");
    String bss = call.optText("bssAccountID");
    if ((email == null || email.isEmpty()) && (bss == null || bss.isEmpty())) {
      throw ApiError.parameter(
          "give email or bssAccountID (at least one)", "email与bssAccountID至少填写一个");
    }
    ObjectNode doc = s.doc();
    ArrayNode wl = doc.withArray("_whitelist");
    for (int i = 0; i < wl.size(); i++) {
      if (matches(wl.get(i), email, bss)) {
        wl.remove(i);
        call.tx().update(s.withDoc(doc));
        return ApiReply.of(null);
      }
    }
    throw ApiError.business(
        ErrorCodes.WHITELIST_ENTRY_NOT_FOUND,
        "that account is not in the whitelist of " + s.id(),
        "白名单中不存在该账号");
  }

  private static boolean matches(JsonNode entry, String email, String bss) {
    return email != null && !email.isEmpty() && email.equals(entry.path("email").asText())
        || bss != null && !bss.isEmpty() && bss.equals(entry.path("bssAccountID").asText());
  }

  static ApiReply listWhitelist(ApiCall call, boolean newShape) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    ArrayNode all = s.doc().withArray("_whitelist");
    Paging paging = Paging.from(call, EndpointServiceHandlers.PAGE_CAP);
    ArrayNode page = paging.slice(all);
    if (!newShape) {
      return ApiReply.of(page);
    }
    return VpcHandlers.listReply("whitelist", page, all.size(), paging, true);
  }

  /** Whether an account may create endpoints to the service. */
  static boolean mayConnect(Resource service, Account account) {
    if (service.accountId().equals(account.accountId()) || CtyunServices.isPublic(service)) {
      return true;
    }
    for (JsonNode e : service.doc().path("_whitelist")) {
      // an empty entry field or account field never matches (old stores may hold empty e-mails)
      if (sameNonEmpty(e.path("email").asText(), account.email())
          || sameNonEmpty(e.path("bssAccountID").asText(), account.accountId())) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameNonEmpty(String a, String b) {
    return a != null && !a.isEmpty() && a.equals(b);
  }

  static ApiReply createRule(ApiCall call) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    ObjectNode rule =
        EndpointServiceHandlers.rule(
            call.text("protocol"), call.integer("serverPort", 0), call.integer("endpointPort", 0));
    ObjectNode doc = s.doc();
    ArrayNode rules = doc.withArray("rules");
    for (JsonNode r : rules) {
      if (r.equals(rule)) {
        throw ApiError.business(
            ErrorCodes.RULE_EXISTS, "the service already has rule " + rule, "该规则已存在");
      }
    }
    rules.add(rule);
    doc.put("updatedAt", Docs.timestamp(call.now()));
    call.tx().update(s.withDoc(doc));
    return ApiReply.of(null);
  }

  static ApiReply deleteRule(ApiCall call) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    ObjectNode rule =
        EndpointServiceHandlers.rule(
            call.text("protocol"), call.integer("serverPort", 0), call.integer("endpointPort", 0));
    ObjectNode doc = s.doc();
    ArrayNode rules = doc.withArray("rules");
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).equals(rule)) {
        rules.remove(i);
        doc.put("updatedAt", Docs.timestamp(call.now()));
        call.tx().update(s.withDoc(doc));
        return ApiReply.of(null);
      }
    }
    throw ApiError.business(ErrorCodes.RULE_NOT_FOUND, "the service has no rule " + rule, "该规则不存在");
  }

  static ApiReply connections(ApiCall call) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    EndpointOrders.promoteDue(call);
    ArrayNode all = F.arrayNode();
    for (Resource e : call.tx().all(ResourceQuery.of(Types.ENDPOINT).parent(s.id()))) {
      ObjectNode d = e.doc();
      String state = d.path("_connection").asText();
      ObjectNode c = all.addObject();
      c.put("endpointID", e.id());
      c.put("endpointName", d.path("name").asText());
      c.put("endpointServiceID", s.id());
      c.put("endpointType", d.path("type").asText());
      c.put(
          "connectionStatus",
          switch (state) {
            case "connected" -> CONNECTED_TEXT;
            case "rejected" -> "已拒绝";
            default -> "待接受";
          });
      c.put("status", state.equals("connected") ? "UP" : "DOWN");
      c.put("account", d.path("_ownerEmail").asText());
    }
    return ApiReply.of(Paging.from(call, EndpointServiceHandlers.PAGE_CAP).slice(all));
  }

  static ApiReply updateConnections(ApiCall call) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    ObjectNode doc = s.doc();
    doc.put("autoConnection", call.bool("autoConnection", false));
    doc.put("updatedAt", Docs.timestamp(call.now()));
    call.tx().update(s.withDoc(doc));
    return ApiReply.of(null);
  }

  static ApiReply decide(ApiCall call, boolean accept) {
    Resource s = Lookups.service(call, call.text("endpointServiceID"));
    String endpointId = call.text("endpointID");
    Resource e =
        call.tx()
            .find(Types.ENDPOINT, endpointId)
            .filter(r -> s.id().equals(r.parentId()))
            .orElseThrow(() -> Lookups.endpointNotFound(endpointId));
    ObjectNode d = e.doc();
    d.put("_connection", accept ? "connected" : "rejected");
    d.put("status", accept ? 1 : 2);
    d.put("updatedTime", Docs.timestamp(call.now()));
    call.tx().update(e.withDoc(d));
    return ApiReply.of(null);
  }
}
