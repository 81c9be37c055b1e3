/**
 * The {@code ctyun} command line: {@link io.github.ctyunjava.cli.Ctyun} is the entry point and
 * lists every subcommand; {@link io.github.ctyunjava.cli.CliContext} carries the environment,
 * streams and clock so the whole CLI runs in-process in tests.
 */
package io.github.ctyunjava.cli;
