/** The generated ECX operation catalogue and its reader. */
package io.github.ctyunjava.ecx.catalog;
