/**
 * Micrometer metrics for ctyun-java clients: add {@link
 * io.github.ctyunjava.micrometer.MetricsInterceptor} to a client builder.
 */
package io.github.ctyunjava.micrometer;
