/**
 * The value types of the emulator's options (fault kind, clientToken conflict, state policy): part
 * of the public API with {@link io.github.ctyunjava.local.CtyunLocalOptions}, and a leaf package
 * the emulator's internals read them from.
 */
package io.github.ctyunjava.local.options;
