/**
 * {@code ctyun local start|stop|status|reset}: the embedded emulator in the foreground or in the
 * background, and the run files through which the other commands find it.
 */
package io.github.ctyunjava.cli.local;
