package io.github.ctyunjava.cli.demo;

import io.github.ctyunjava.cli.common.ErrorHandler;
import io.github.ctyunjava.core.exception.CtyunException;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.ecx.EcxClient;
import io.github.ctyunjava.vpce.VpceClient;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What every demo step shares: the typed clients, making the call and printing a skip or a failure,
 * required answer fields, and bounded polling.
 */
final class DemoSteps {
  /** Polls of an asynchronous state before the demo gives up. */
  static final int MAX_POLLS = 15;

  /** The emulator's errorCode for an operation it has no handler for. */
  static final String NOT_IMPLEMENTED = "Eop.Route.NotImplemented";

  private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
  private static final Duration MAX_PAUSE = Duration.ofSeconds(2);

  private final VpceClient vpce;
  private final EcxClient ecx;
  private final StepLog log;
  private final DemoScenario.Pause pause;

  DemoSteps(VpceClient vpce, EcxClient ecx, StepLog log, DemoScenario.Pause pause) {
    this.vpce = vpce;
    this.ecx = ecx;
    this.log = log;
    this.pause = pause;
  }

  VpceClient vpce() {
    return vpce;
  }

  EcxClient ecx() {
    return ecx;
  }

  StepLog log() {
    return log;
  }

  /**
   * Makes one call and returns its answer, or null when the step is skipped (and printed as such):
   * an earlier step it needs was skipped, or the emulator does not serve the operation yet (HTTP
   * 501, {@value #NOT_IMPLEMENTED}).
   *
   * @param missing the operationId of an earlier, skipped step this one needs, or null
   * @throws CtyunException when the call fails (printed as FAILED first)
   */
  <T> T call(DemoOp op, String missing, Supplier<T> call) {
    if (missing != null) {
      log.skipped(op, "needs " + missing);
      return null;
    }
    try {
      return call.get();
    } catch (CtyunServiceException e) {
      if (e.httpStatus() == 501 || NOT_IMPLEMENTED.equals(e.errorCode())) {
        log.notEmulated(op);
        return null;
      }
      log.failed(op, ErrorHandler.oneLine(e));
      throw e;
    } catch (CtyunException e) {
      log.failed(op, e.getMessage());
      throw e;
    }
  }

  /**
   * Makes one call whose answer the step does not need.
   *
   * @return whether it was made (false: skipped, and printed as such)
   * @throws CtyunException when the call fails (printed as FAILED first)
   */
  boolean ran(DemoOp op, String missing, Runnable call) {
    return call(
            op,
            missing,
            () -> {
              call.run();
              return Boolean.TRUE;
            })
        != null;
  }

  /**
   * An ID of an answer that must be there.
   *
   * @throws IllegalStateException when it is missing (printed as FAILED first)
   */
  String required(DemoOp op, String value, String field) {
    if (value == null || value.isEmpty()) {
      return fail(op, "the answer has no " + field);
    }
    return value;
  }

  /**
   * Prints the step as failed and stops the demo.
   *
   * @throws IllegalStateException always
   */
  <T> T fail(DemoOp op, String why) {
    log.failed(op, why);
    throw new IllegalStateException(op.id() + ": " + why);
  }

  /**
   * Waits before poll number {@code poll} (1, 2, ...): 100 ms, doubling up to 2 s.
   *
   * @return false when {@value #MAX_POLLS} polls are used up (nothing is waited)
   */
  boolean beforePoll(int poll) throws InterruptedException {
    if (poll > MAX_POLLS) {
      return false;
    }
    Duration d = FIRST_PAUSE.multipliedBy(1L << Math.min(poll - 1, 10));
    pause.pause(d.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : d);
    return true;
  }

  /** A fresh clientToken: a repeated order keeps its token, so it is placed only once. */
  static String clientToken() {
    return UUID.randomUUID().toString();
  }

  /** The operationId that should have produced a missing value, or null when it is there. */
  static String need(String value, DemoOp producer) {
    return value == null ? producer.id() : null;
  }
}
