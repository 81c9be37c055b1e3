package io.github.ctyunjava.cli;

import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

/**
 * Where a programmatically built option keeps its value (picocli binds annotated options to fields;
 * an option built with {@code OptionSpec.builder} needs a getter and setter). Copies of the option
 * that subcommands inherit share it, as they share an annotated field.
 *
 * @param <V> the option's type
 */
final class OptionValue<V> implements IGetter, ISetter {
  private V value;

  /** The value, or null when the option was not given (and has no default). */
  V value() {
    return value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T get() {
    return (T) value;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T set(T newValue) {
    V old = value;
    value = (V) newValue;
    return (T) old;
  }
}
