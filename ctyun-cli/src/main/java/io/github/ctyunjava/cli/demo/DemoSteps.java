package io.github.ctyunjava.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.cli.common.ErrorHandler;
import io.github.ctyunjava.cli.output.Json;
import io.github.ctyunjava.core.CtyunException;
import io.github.ctyunjava.core.CtyunServiceException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What every demo step shares: making the call and printing a skip or a failure, request bodies
 * with a fresh {@code clientToken}, required answer fields, and bounded polling.
 */
final class DemoSteps {
  /** Polls of an asynchronous state before the demo gives up. */
  static final int MAX_POLLS = 15;

  private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
  private static final Duration MAX_PAUSE = Duration.ofSeconds(2);

  private final DemoApi api;
  private final StepLog log;
  private final DemoScenario.Pause pause;

  DemoSteps(DemoApi api, StepLog log, DemoScenario.Pause pause) {
    this.api = api;
    this.log = log;
    this.pause = pause;
  }

  DemoApi api() {
    return api;
  }

  StepLog log() {
    return log;
  }

  /**
   * Makes one call and returns the response envelope, or null when the step is skipped (and printed
   * as such).
   *
   * @param missing the operationId of an earlier, skipped step this one needs, or null
   * @throws CtyunException when the call fails (printed as FAILED first)
   */
  JsonNode call(DemoOp op, String missing, Supplier<JsonNode> call) {
    if (missing != null) {
      log.skipped(op, "needs " + missing);
      return null;
    }
    try {
      return call.get();
    } catch (NotEmulatedException e) {
      log.notEmulated(op);
      return null;
    } catch (CtyunServiceException e) {
      log.failed(op, ErrorHandler.oneLine(e));
      throw e;
    } catch (CtyunException e) {
      log.failed(op, e.getMessage());
      throw e;
    }
  }

  /**
   * A text field of an answer that must be there.
   *
   * @throws IllegalStateException when it is missing (printed as FAILED first)
   */
  String required(DemoOp op, JsonNode returnObj, String... path) {
    JsonNode n = returnObj;
    for (String p : path) {
      n = n.path(p);
    }
    if (!n.isTextual() || n.asText().isEmpty()) {
      return fail(op, "the answer has no " + String.join(".", path));
    }
    return n.asText();
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

  /** A request body with a fresh clientToken and the region. */
  static ObjectNode body() {
    ObjectNode b = Json.object();
    b.put("clientToken", UUID.randomUUID().toString());
    b.put("regionID", DemoScenario.REGION);
    return b;
  }

  /** The operationId that should have produced a missing value, or null when it is there. */
  static String need(String value, DemoOp producer) {
    return value == null ? producer.id() : null;
  }
}
