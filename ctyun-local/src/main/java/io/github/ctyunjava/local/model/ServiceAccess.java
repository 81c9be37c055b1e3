package io.github.ctyunjava.local.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.RequestValidator;
import io.github.ctyunjava.local.service.DocFields;
import io.github.ctyunjava.local.service.ErrorCodes;
import io.github.ctyunjava.local.service.Lookups;
import io.github.ctyunjava.local.service.Scope;
import io.github.ctyunjava.local.service.Types;
import io.github.ctyunjava.local.store.Account;
import io.github.ctyunjava.local.store.Resource;
import io.github.ctyunjava.local.store.ResourceQuery;
import java.util.List;

/**
 * Who may use an endpoint service: its account whitelist, its port rules, and the connections of
 * endpoints to it (autoConnection, accept, reject).
 */
public final class ServiceAccess {
  /** Connection state of an endpoint that may carry traffic. */
  public static final String CONNECTED = "connected";

  /** Connection state of an endpoint the service owner refused. */
  public static final String REJECTED = "rejected";

  /** Connection state of an endpoint waiting for the owner. */
  public static final String PENDING = "pending";

  /**
   * An account as a whitelist names it: by e-mail, by account ID or both.
   *
   * @param email e-mail, may be null or empty
   * @param bssAccountId account ID, may be null or empty
   */
  public record AccountRef(String email, String bssAccountId) {}

  /**
   * A port rule of a service.
   *
   * @param protocol TCP or UDP
   * @param serverPort port of the backend
   * @param endpointPort port on the endpoint
   */
  public record PortRule(String protocol, int serverPort, int endpointPort) {
    ObjectNode toJson() {
      return EndpointServices.rule(protocol, serverPort, endpointPort);
    }
  }

  private final Scope scope;
  private final EndpointServices services;

  /** Access to the services seen from a scope. */
  public ServiceAccess(Scope scope) {
    this.scope = scope;
    this.services = new EndpointServices(scope);
  }

  /** Adds an account (by e-mail, account ID or both) to a service's whitelist. */
  public void addWhitelist(String serviceId, AccountRef account) {
    Resource s = services.service(serviceId);
    String email = account.email();
    String bssAccountId = account.bssAccountId();
    requireOne(email, bssAccountId);
    if (email != null && !Account.isEmail(email)) {
      throw ApiError.business(
          RequestValidator.PATTERN_ERROR,
          "email " + email + " is not an e-mail address",
          "email格式不合法");
    }
    ObjectNode doc = s.doc();
    ArrayNode wl = doc.withArray(DocFields.WHITELIST);
    for (JsonNode e : wl) {
      if (matches(e, email, bssAccountId)) {
        throw ApiError.business(
            ErrorCodes.WHITELIST_ENTRY_EXISTS,
            "that account is already in the whitelist of " + s.id(),
            "该账号已在白名单中");
      }
    }
    String ts = scope.timestamp();
    ObjectNode e = wl.addObject();
    e.put("endpointServiceID", s.id());
    e.put("createdAt", ts);
    e.put("updatedAt", ts);
    e.put("email", email == null ? "" : email);
    e.put("bssAccountID", bssAccountId == null ? "" : bssAccountId);
    scope.tx().update(s.withDoc(doc));
  }

  /** Removes the whitelist entry naming the account. */
  public void removeWhitelist(String serviceId, AccountRef account) {
    Resource s = services.service(serviceId);
    String email = account.email();
    String bssAccountId = account.bssAccountId();
    requireOne(email, bssAccountId);
    ObjectNode doc = s.doc();
    ArrayNode wl = doc.withArray(DocFields.WHITELIST);
    for (int i = 0; i < wl.size(); i++) {
      if (matches(wl.get(i), email, bssAccountId)) {
        wl.remove(i);
        scope.tx().update(s.withDoc(doc));
        return;
      }
    }
    throw ApiError.business(
        ErrorCodes.WHITELIST_ENTRY_NOT_FOUND,
        "that account is not in the whitelist of " + s.id(),
        "白名单中不存在该账号");
  }

  /** A service's whitelist entries. */
  public ArrayNode whitelist(String serviceId) {
    return services.service(serviceId).doc().withArray(DocFields.WHITELIST);
  }

  private static void requireOne(String email, String bss) {
    if ((email == null || email.isEmpty()) && (bss == null || bss.isEmpty())) {
      throw ApiError.parameter(
          "give email or bssAccountID (at least one)", "email与bssAccountID至少填写一个");
    }
  }

  private static boolean matches(JsonNode entry, String email, String bss) {
    return email != null && !email.isEmpty() && email.equals(entry.path("email").asText())
        || bss != null && !bss.isEmpty() && bss.equals(entry.path("bssAccountID").asText());
  }

  /** Whether an account may create endpoints to the service. */
  public static boolean mayConnect(Resource service, Account account) {
    if (service.accountId().equals(account.accountId()) || CtyunServices.isPublic(service)) {
      return true;
    }
    for (JsonNode e : service.doc().path(DocFields.WHITELIST)) {
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

  /** Adds a port rule to a service. */
  public void addRule(String serviceId, PortRule portRule) {
    Resource s = services.service(serviceId);
    ObjectNode rule = portRule.toJson();
    for (JsonNode r : s.doc().path("rules")) {
      if (r.equals(rule)) {
        throw ApiError.business(
            ErrorCodes.RULE_EXISTS, "the service already has rule " + rule, "该规则已存在");
      }
    }
    services.update(s, doc -> doc.withArray("rules").add(rule));
  }

  /** Removes a port rule of a service. */
  public void removeRule(String serviceId, PortRule portRule) {
    Resource s = services.service(serviceId);
    ObjectNode rule = portRule.toJson();
    ArrayNode rules = s.doc().withArray("rules");
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).equals(rule)) {
        int index = i;
        services.update(s, doc -> doc.withArray("rules").remove(index));
        return;
      }
    }
    throw ApiError.business(ErrorCodes.RULE_NOT_FOUND, "the service has no rule " + rule, "该规则不存在");
  }

  /** The (completed) endpoints connected or applying to a service. */
  public List<Resource> connections(String serviceId) {
    Resource s = services.service(serviceId);
    EndpointOrders.promoteDue(scope);
    return scope.tx().all(ResourceQuery.of(Types.ENDPOINT).parent(s.id()));
  }

  /** Turns automatic acceptance of new endpoints on or off. */
  public void setAutoConnection(String serviceId, boolean on) {
    services.update(services.service(serviceId), doc -> doc.put("autoConnection", on));
  }

  /** Accepts or rejects an endpoint's connection to a service. */
  public void decide(String serviceId, String endpointId, boolean accept) {
    Resource s = services.service(serviceId);
    Resource e = Lookups.requireChild(scope, Types.ENDPOINT, endpointId, s.id());
    ObjectNode d = e.doc();
    d.put(DocFields.CONNECTION, accept ? CONNECTED : REJECTED);
    d.put("status", accept ? 1 : 2);
    d.put("updatedTime", scope.timestamp());
    scope.tx().update(e.withDoc(d));
  }
}
