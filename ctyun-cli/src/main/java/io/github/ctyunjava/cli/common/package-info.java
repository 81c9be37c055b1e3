/**
 * What every command of the CLI shares: the surroundings of a run ({@link
 * io.github.ctyunjava.cli.common.CliContext}), the top command as its subcommands see it ({@link
 * io.github.ctyunjava.cli.common.TopCommand}), exit codes, messages and their language, error
 * reporting. Depends on no other package of the CLI.
 */
package io.github.ctyunjava.cli.common;
