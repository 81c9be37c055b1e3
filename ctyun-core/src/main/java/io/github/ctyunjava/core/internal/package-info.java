/** Helpers shared by ctyun-java's modules; not API, may change in any release. */
package io.github.ctyunjava.core.internal;
