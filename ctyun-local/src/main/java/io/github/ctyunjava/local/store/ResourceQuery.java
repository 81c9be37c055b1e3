package io.github.ctyunjava.local.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Filter over stored resources of one type. Conditions are SQL fragments written by the emulator
 * (never from user input) over the columns {@code id, account_id, region_id, parent_id, ref_id,
 * name}; values are always bound parameters. Immutable.
 */
public final class ResourceQuery {
  private final String type;
  private final List<String> clauses;
  private final List<Object> args;
  // set while the query is exactly "type + account + region", whose size resource_count keeps
  private final String scopeAccount;
  private final String scopeRegion;
  private final boolean otherConditions;

  private ResourceQuery(
      String type,
      List<String> clauses,
      List<Object> args,
      String scopeAccount,
      String scopeRegion,
      boolean otherConditions) {
    this.type = type;
    this.clauses = List.copyOf(clauses);
    this.args = List.copyOf(args);
    this.scopeAccount = scopeAccount;
    this.scopeRegion = scopeRegion;
    this.otherConditions = otherConditions;
  }

  /** All resources of a type. */
  public static ResourceQuery of(String type) {
    return new ResourceQuery(Objects.requireNonNull(type), List.of(), List.of(), null, null, false);
  }

  /** Adds a condition with bound values. */
  public ResourceQuery where(String sql, Object... values) {
    return with(sql, values).marked(scopeAccount, scopeRegion, true);
  }

  private ResourceQuery with(String sql, Object... values) {
    List<String> c = new ArrayList<>(clauses);
    c.add("(" + sql + ")");
    List<Object> a = new ArrayList<>(args);
    for (Object v : values) {
      a.add(Objects.requireNonNull(v, "bound value"));
    }
    return new ResourceQuery(type, c, a, scopeAccount, scopeRegion, otherConditions);
  }

  private ResourceQuery marked(String account, String region, boolean other) {
    return new ResourceQuery(type, clauses, args, account, region, otherConditions || other);
  }

  /** Restricts to an owner account. */
  public ResourceQuery account(String accountId) {
    boolean repeated = scopeAccount != null;
    return with("account_id = ?", accountId).marked(accountId, scopeRegion, repeated);
  }

  /** Restricts to a region. */
  public ResourceQuery region(String regionId) {
    boolean repeated = scopeRegion != null;
    return with("region_id = ?", regionId).marked(scopeAccount, regionId, repeated);
  }

  /** Whether the query is exactly one account's resources of the type in one region. */
  boolean isScope() {
    return scopeAccount != null && scopeRegion != null && !otherConditions;
  }

  String scopeAccount() {
    return scopeAccount;
  }

  String scopeRegion() {
    return scopeRegion;
  }

  /** Restricts to a parent. */
  public ResourceQuery parent(String parentId) {
    return where("parent_id = ?", parentId);
  }

  /**
   * Stands for a subquery over one bound JSON array of strings; {@link Tx} writes it in the
   * database's dialect.
   */
  static final String JSON_LIST = "(/*json-list*/)";

  /** Above this many values a set is bound as one JSON array (drivers cap bound parameters). */
  static final int MAX_INLINE_VALUES = 500;

  /** Restricts a column to a set of values; an empty set matches nothing. */
  public ResourceQuery in(String column, Collection<String> values) {
    if (values.isEmpty()) {
      return where("1 = 0");
    }
    if (values.size() > MAX_INLINE_VALUES) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      values.forEach(array::add);
      return where(column + " IN " + JSON_LIST, array.toString());
    }
    String marks = String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    return where(column + " IN (" + marks + ")", values.toArray());
  }

  /** Restricts to names containing {@code text} literally ({@code %} and {@code _} included). */
  public ResourceQuery nameContains(String text) {
    String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return where("name LIKE ? ESCAPE '!'", "%" + escaped + "%");
  }

  String type() {
    return type;
  }

  String whereSql() {
    StringBuilder sb = new StringBuilder("rtype = ?");
    for (String c : clauses) {
      sb.append(" AND ").append(c);
    }
    return sb.toString();
  }

  List<Object> args() {
    List<Object> all = new ArrayList<>();
    all.add(type);
    all.addAll(args);
    return all;
  }
}
