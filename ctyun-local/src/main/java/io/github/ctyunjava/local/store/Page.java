package io.github.ctyunjava.local.store;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the rows of this page
 * @param total number of rows matching the filter
 */
public record Page<T>(List<T> items, long total) {
  /** Copies the list. */
  public Page {
    items = List.copyOf(items);
  }
}
