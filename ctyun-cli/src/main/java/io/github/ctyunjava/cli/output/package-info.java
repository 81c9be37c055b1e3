/**
 * How results are printed: JSON, {@code --output table|text}, {@code --query} (JMESPath) and the
 * text tables the other commands use.
 */
package io.github.ctyunjava.cli.output;
