package io.github.ctyunjava.core.signer;

import java.util.Objects;

/** One query parameter: a name and a value, both unescaped. Order and repeats are meaningful. */
public final class QueryParam {
  private final String name;
  private final String value;

  private QueryParam(String name, String value) {
    this.name = name;
    this.value = value;
  }

  /** A parameter; a null value is sent as the empty string ({@code name=}). */
  public static QueryParam of(String name, String value) {
    Objects.requireNonNull(name, "query parameter name");
    return new QueryParam(name, value == null ? "" : value);
  }

  /** The parameter name, unescaped. */
  public String name() {
    return name;
  }

  /** The parameter value, unescaped. */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof QueryParam)) {
      return false;
    }
    QueryParam other = (QueryParam) o;
    return name.equals(other.name) && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + value.hashCode();
  }

  @Override
  public String toString() {
    return name + "=" + value;
  }
}
