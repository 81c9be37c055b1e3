/**
 * {@code ctyun configure}: the profile files ({@link io.github.ctyunjava.cli.config.ConfigStore})
 * and the client built from a profile and the global options ({@link
 * io.github.ctyunjava.cli.config.ClientFactory}).
 */
package io.github.ctyunjava.cli.config;
