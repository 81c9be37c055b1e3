/**
 * Product-neutral runtime of the generated typed clients: the operation catalogue reader ({@link
 * io.github.ctyunjava.core.catalog.OperationCatalog}) and the engine that turns typed requests into
 * signed calls ({@link io.github.ctyunjava.core.catalog.OperationInvoker}).
 */
package io.github.ctyunjava.core.catalog;
