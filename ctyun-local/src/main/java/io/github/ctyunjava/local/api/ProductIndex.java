package io.github.ctyunjava.local.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The products the emulator serves, read from {@code products.yaml} (the repository's {@code
 * spec/products.yaml}, the same list ctyun-codegen generates the typed clients from), with each
 * product's OpenAPI document. The emulator routes every operation of these specs and answers 501
 * for an operation that has no registered handler.
 */
public final class ProductIndex {
  /** The classpath folder of the bundled specs and their {@code products.yaml}. */
  static final String BUNDLED = "io/github/ctyunjava/local/spec/";

  /** The file that lists the products, in the spec folder. */
  public static final String FILE = "products.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /**
   * One product of the list.
   *
   * @param product the product
   * @param host its endpoint host, e.g. {@code ctvpc-global.ctapi.ctyun.cn}
   * @param spec its OpenAPI document (shared: read it, do not change it)
   */
  public record Entry(Product product, String host, JsonNode spec) {
    /** Whether a host name as {@link #hostName} gives it names this product. */
    boolean servesHostName(String name) {
      String code = product.code();
      return name.equals(host)
          || name.startsWith(code)
              && (name.startsWith("-global.", code.length())
                  || name.startsWith(".", code.length()));
    }
  }

  /**
   * The host name of a Host header: lower case, without a trailing {@code :port} (decimal digits).
   * Done once per request and without a regular expression (compiling one per product per request
   * showed in the profile).
   */
  static String hostName(String hostHeader) {
    String h = hostHeader.toLowerCase(Locale.ROOT);
    int colon = h.lastIndexOf(':');
    if (colon < 0 || colon == h.length() - 1) {
      return h;
    }
    for (int i = colon + 1; i < h.length(); i++) {
      char c = h.charAt(i);
      if (c < '0' || c > '9') {
        return h;
      }
    }
    return h.substring(0, colon);
  }

  @FunctionalInterface
  private interface Source {
    /** The bytes of a file of the spec folder, or null when it does not exist. */
    byte[] read(String file) throws IOException;
  }

  private static volatile ProductIndex bundled;

  private final List<Entry> entries;

  private ProductIndex(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * The products bundled with ctyun-local (its copy of the repository's {@code spec/}), read once.
   */
  public static ProductIndex bundled() {
    ProductIndex b = bundled;
    if (b == null) {
      b = readBundled();
      bundled = b;
    }
    return b;
  }

  private static ProductIndex readBundled() {
    ClassLoader loader = ProductIndex.class.getClassLoader();
    return read(
        "classpath:" + BUNDLED,
        file -> {
          try (InputStream in = loader.getResourceAsStream(BUNDLED + file)) {
            return in == null ? null : in.readAllBytes();
          }
        });
  }

  /** The products of {@code dir/products.yaml}, their specs read from {@code dir}. */
  public static ProductIndex fromDirectory(Path dir) {
    return read(
        dir.toString(),
        file -> {
          try {
            return Files.readAllBytes(dir.resolve(file));
          } catch (NoSuchFileException e) {
            return null;
          }
        });
  }

  /** These products followed by {@code other}'s; a product code may appear only once. */
  public ProductIndex with(ProductIndex other) {
    List<Entry> all = new ArrayList<>(entries);
    for (Entry e : other.entries) {
      if (find(e.product()) != null) {
        throw new IllegalArgumentException("product " + e.product() + " is listed twice");
      }
      all.add(e);
    }
    return new ProductIndex(all);
  }

  private static ProductIndex read(String where, Source source) {
    try {
      byte[] list = source.read(FILE);
      if (list == null) {
        throw new IllegalStateException("missing " + FILE + " in " + where);
      }
      List<Entry> entries = new ArrayList<>();
      for (JsonNode line : YAML.readTree(list).path("products")) {
        String code = line.path("product").asText("");
        String spec = line.path("spec").asText("");
        if (code.isEmpty() || spec.isEmpty()) {
          throw new IllegalStateException(
              FILE + " in " + where + ": entry without product or spec");
        }
        byte[] doc = source.read(spec);
        if (doc == null) {
          throw new IllegalStateException("missing spec " + spec + " in " + where);
        }
        entries.add(
            new Entry(
                Product.of(code),
                line.path("host").asText(code + "-global.ctapi.ctyun.cn"),
                YAML.readTree(doc)));
      }
      return new ProductIndex(entries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the products in " + where, e);
    }
  }

  /** Every product, in list order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The entry of a product, or null. */
  Entry find(Product product) {
    for (Entry e : entries) {
      if (e.product() == product) {
        return e;
      }
    }
    return null;
  }
}
