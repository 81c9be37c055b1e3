package io.github.ctyunjava.local.options;

/** What a clientToken reused with different parameters gets (no public evidence either way). */
public enum TokenConflict {
  /** A business error {@code Openapi.ClientToken.Conflict}. */
  ERROR,
  /** The first call's answer, ignoring the new parameters. */
  FIRST_ANSWER
}
