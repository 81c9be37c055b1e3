/**
 * The commands that call the API: one per catalogue operation ({@code ctyun vpc create-vpc}, with
 * its request fields, paging and waiting), {@code ctyun api} (any operation by path) and {@code
 * ctyun sign}.
 */
package io.github.ctyunjava.cli.operation;
