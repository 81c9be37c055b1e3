/** Waiters that poll the VPCE client until a resource reaches a state, with timeouts. */
package io.github.ctyunjava.vpce.waiters;
