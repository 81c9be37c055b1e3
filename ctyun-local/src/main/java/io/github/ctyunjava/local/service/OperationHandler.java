package io.github.ctyunjava.local.service;

/** Implements one operation: validates business rules, changes state, builds the answer. */
@FunctionalInterface
public interface OperationHandler {
  /**
   * Handles the call inside its transaction.
   *
   * @throws io.github.ctyunjava.local.api.ApiError for business errors
   */
  ApiReply handle(ApiCall call);
}
