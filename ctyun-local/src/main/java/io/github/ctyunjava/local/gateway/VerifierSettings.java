package io.github.ctyunjava.local.gateway;

import java.time.Clock;
import java.time.Duration;

/**
 * Settings of {@link EopVerifier}.
 *
 * @param clock server clock
 * @param window accepted distance between {@code Eop-date} and the clock
 * @param acceptUtcDates also read the date as UTC
 * @param lenientQuery also try the help-centre decoded query form
 * @param rejectReplay reject reused request ids inside the window
 */
public record VerifierSettings(
    Clock clock,
    Duration window,
    boolean acceptUtcDates,
    boolean lenientQuery,
    boolean rejectReplay) {}
