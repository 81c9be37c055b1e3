/**
 * A non-blocking {@link io.github.ctyunjava.core.http.AsyncHttpTransport} on {@code
 * java.net.http.HttpClient}; on the class path, clients find it through {@link
 * java.util.ServiceLoader}.
 */
package io.github.ctyunjava.http.jdk;
