/**
 * The {@code ctyun} command line: {@link io.github.ctyunjava.cli.Ctyun} is the entry point and
 * lists every subcommand; {@link io.github.ctyunjava.cli.CommandTree} builds the tree on demand.
 * The commands live in the subpackages by concern ({@code config}, {@code operation}, {@code
 * local}, {@code demo}), which share {@code common} and {@code output} and never depend on this
 * package; {@link io.github.ctyunjava.cli.common.CliContext} carries the environment, streams and
 * clock so the whole CLI runs in-process in tests.
 */
package io.github.ctyunjava.cli;
