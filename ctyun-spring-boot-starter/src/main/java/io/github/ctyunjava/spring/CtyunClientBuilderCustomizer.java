package io.github.ctyunjava.spring;

import io.github.ctyunjava.core.CtyunClient;

/**
 * Changes the auto-configured {@link CtyunClient.Builder} after the {@code ctyun.*} properties are
 * applied; declare one or more as beans (ordered by {@code @Order}).
 */
@FunctionalInterface
public interface CtyunClientBuilderCustomizer {
  /** Changes {@code builder}. */
  void customize(CtyunClient.Builder builder);
}
