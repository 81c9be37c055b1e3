package io.github.ctyunjava.cli.demo;

import io.github.ctyunjava.cli.local.LocalBanner;
import io.github.ctyunjava.core.CtyunException;
import java.time.Duration;

/**
 * The demo's walkthrough: ECX clusters and specs ({@link EcxWalkthrough}), then a VPC endpoint
 * scenario and its cleanup ({@link VpceWalkthrough}). Every call is a generic SDK call whose path,
 * method and fields are those of the spec; an operation the emulator does not serve yet is skipped,
 * visibly.
 */
final class DemoScenario {
  /** CTyun's documentation sample region. */
  static final String REGION = LocalBanner.SAMPLE_REGION;

  /** Waits between two polls of an asynchronous state. */
  @FunctionalInterface
  interface Pause {
    /** Waits {@code d}. */
    void pause(Duration d) throws InterruptedException;

    /** {@link Thread#sleep}. */
    static Pause sleep() {
      return d -> Thread.sleep(d.toMillis());
    }
  }

  private final DemoSteps steps;

  DemoScenario(DemoApi api, StepLog log, Pause pause) {
    this.steps = new DemoSteps(api, log, pause);
  }

  /**
   * Runs every step.
   *
   * @throws CtyunException when a served operation fails (the step is printed as FAILED first)
   * @throws IllegalStateException when an answer lacks a needed field, or an asynchronous state is
   *     not reached in {@value DemoSteps#MAX_POLLS} polls
   */
  void run() throws InterruptedException {
    steps.log().header();
    new EcxWalkthrough(steps).run();
    new VpceWalkthrough(steps).run();
  }
}
