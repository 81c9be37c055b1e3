package io.github.ctyunjava.cli.demo;

import io.github.ctyunjava.cli.local.LocalBanner;
import io.github.ctyunjava.core.exception.CtyunException;
import io.github.ctyunjava.ecx.EcxClient;
import io.github.ctyunjava.vpce.VpceClient;
import java.time.Duration;

/**
 * The demo's walkthrough: ECX clusters and specs ({@link EcxWalkthrough}), then a VPC endpoint
 * scenario and its cleanup ({@link VpceWalkthrough}). Every call is a typed SDK call ({@link
 * VpceClient}, {@link EcxClient}), written as a user of the SDK would; an operation the emulator
 * does not serve yet is skipped, visibly.
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

  DemoScenario(VpceClient vpce, EcxClient ecx, StepLog log, Pause pause) {
    this.steps = new DemoSteps(vpce, ecx, log, pause);
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
