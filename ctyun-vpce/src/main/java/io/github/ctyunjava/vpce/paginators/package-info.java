/** Paginators over the list operations of {@link io.github.ctyunjava.vpce.VpceClient}. */
package io.github.ctyunjava.vpce.paginators;
