package io.github.ctyunjava.local.options;

/** Kind of injected fault. */
public enum FaultKind {
  /** HTTP 503 from the gateway. */
  UNAVAILABLE,
  /** HTTP 429 with a throttling code. */
  THROTTLE
}
