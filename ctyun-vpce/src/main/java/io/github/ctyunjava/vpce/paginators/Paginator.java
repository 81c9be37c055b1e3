package io.github.ctyunjava.vpce.paginators;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Lazily fetches the pages of a CTyun list call; iterate it for pages or {@link #items()} for the
 * items. Works with all three paging shapes: counts at the top level, counts inside {@code
 * returnObj}, or no counts at all (then a short or empty page ends the list). Each iteration starts
 * again from the first page; not thread-safe while iterating.
 *
 * @param <R> the page (response) type
 * @param <T> the item type
 */
public final class Paginator<R, T> implements Iterable<R> {
  private final int firstPage;
  private final int pageSize;
  private final IntFunction<R> fetch;
  private final Function<R, List<T>> items;
  private final Function<R, Integer> totalPage;
  private final Function<R, Integer> totalCount;

  /**
   * A paginator.
   *
   * @param firstPage the 1-based page to start at; null means 1
   * @param pageSize the page size the requests use (the spec default when the caller set none)
   * @param fetch fetches one page by number
   * @param items the items of a page (null means none)
   * @param totalPage the total number of pages a page reports, or null
   * @param totalCount the total number of items a page reports, or null
   */
  public Paginator(
      Integer firstPage,
      int pageSize,
      IntFunction<R> fetch,
      Function<R, List<T>> items,
      Function<R, Integer> totalPage,
      Function<R, Integer> totalCount) {
    this.firstPage = firstPage == null || firstPage < 1 ? 1 : firstPage;
    this.pageSize = pageSize < 1 ? 1 : pageSize;
    this.fetch = fetch;
    this.items = items;
    this.totalPage = totalPage;
    this.totalCount = totalCount;
  }

  @Override
  public Iterator<R> iterator() {
    return new PageIterator();
  }

  /** The items of all pages, fetched page by page as the iteration advances. */
  public Iterable<T> items() {
    return () ->
        new Iterator<T>() {
          private final Iterator<R> pages = iterator();
          private Iterator<T> current = Collections.<T>emptyList().iterator();

          @Override
          public boolean hasNext() {
            while (!current.hasNext() && pages.hasNext()) {
              current = itemsOf(pages.next()).iterator();
            }
            return current.hasNext();
          }

          @Override
          public T next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return current.next();
          }
        };
  }

  /** All items of all pages in one list (fetches every page now). */
  public List<T> allItems() {
    List<T> out = new ArrayList<>();
    for (T t : items()) {
      out.add(t);
    }
    return out;
  }

  private List<T> itemsOf(R page) {
    List<T> list = items.apply(page);
    return list == null ? Collections.<T>emptyList() : list;
  }

  /** The concatenation of {@code f} over {@code list} (for pages whose returnObj is an array). */
  public static <E, T> List<T> flatten(List<E> list, Function<E, List<T>> f) {
    if (list == null) {
      return null;
    }
    List<T> out = new ArrayList<>();
    for (E e : list) {
      List<T> part = e == null ? null : f.apply(e);
      if (part != null) {
        out.addAll(part);
      }
    }
    return out;
  }

  /** {@code f} of the first element that has a non-null value, or null. */
  public static <E> Integer first(List<E> list, Function<E, Integer> f) {
    if (list != null) {
      for (E e : list) {
        Integer v = e == null ? null : f.apply(e);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  private final class PageIterator implements Iterator<R> {
    private int nextPage = firstPage;
    private boolean done;
    private List<T> previous;
    private R pending;

    @Override
    public boolean hasNext() {
      if (pending != null) {
        return true;
      }
      if (done) {
        return false;
      }
      int page = nextPage++;
      R r = fetch.apply(page);
      List<T> got = itemsOf(r);
      if (previous != null && !got.isEmpty() && got.equals(previous)) {
        done = true; // a server that ignores the page number: do not repeat its page
        return false;
      }
      Integer pages = totalPage.apply(r);
      Integer total = totalCount.apply(r);
      if (got.isEmpty()) {
        done = true;
      } else if (pages != null) {
        done = page >= pages;
      } else if (total != null) {
        done = (long) page * pageSize >= total;
      } else {
        done = got.size() < pageSize;
      }
      previous = got;
      pending = r;
      return true;
    }

    @Override
    public R next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      R r = pending;
      pending = null;
      return r;
    }
  }
}
