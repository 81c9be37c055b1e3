/**
 * The exceptions of the SDK: {@link io.github.ctyunjava.core.exception.CtyunException} and its two
 * kinds, a client-side failure and a service error. A leaf package: every other package may use it.
 */
package io.github.ctyunjava.core.exception;
