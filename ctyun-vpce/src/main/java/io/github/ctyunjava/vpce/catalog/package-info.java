/** The generated VPCE operation catalogue and its reader. */
package io.github.ctyunjava.vpce.catalog;
