package io.github.ctyunjava.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What one typed client is generated from and into: one entry of {@code spec/products.yaml} (the
 * spec, the product code, the Java package and client names, the CLI groups, and which hand-written
 * helpers, paginators and waiters, the module has).
 */
final class ClientConfig {
  /** The product list, relative to the repository root. */
  static final String PRODUCTS_FILE = "spec/products.yaml";

  /** Display name of the product, e.g. {@code VPCE}. */
  final String title;

  /** The spec file, relative to the repository root. */
  final String specFile;

  /** The product code that selects the endpoint host. */
  final String product;

  /** The endpoint host. */
  final String host;

  /** The Maven module directory. */
  final String module;

  /** The base Java package. */
  final String basePackage;

  /** The prefix of the client names ({@code Vpce} gives {@code VpceClient}). */
  final String prefix;

  /** Javadoc of the client interface. */
  final String clientDoc;

  /** Whether list operations get paginator methods (the module has {@code paginators}). */
  final boolean paginators;

  /**
   * Whether the client has {@code waiter()} (the module has a hand-written {@code <Prefix>Waiter}).
   */
  final boolean waiters;

  /**
   * The Javadoc note for response fields inside a returnObj the spec marks inferred as a whole, or
   * null.
   */
  final String inferredResponseNote;

  /** The CLI command groups, in the order the CLI lists them. */
  final List<CliGroup> cliGroups;

  /**
   * A CLI command group of a product.
   *
   * @param name the group, e.g. {@code vpc}
   * @param paths the path prefixes of its operations; empty: every operation of the product
   * @param about its one-line help
   */
  record CliGroup(String name, List<String> paths, String about) {
    boolean covers(String path) {
      return paths.isEmpty() || paths.stream().anyMatch(path::startsWith);
    }
  }

  private ClientConfig(JsonNode line, String productsFile) {
    this.product = required(line, "product", productsFile);
    this.specFile = "spec/" + required(line, "spec", productsFile);
    this.module = required(line, "module", productsFile);
    this.basePackage = required(line, "package", productsFile);
    this.prefix = required(line, "client", productsFile);
    this.title = line.path("title").asText(prefix.toUpperCase(Locale.ROOT));
    this.host = line.path("host").asText(product + "-global.ctapi.ctyun.cn");
    this.clientDoc =
        line.path("doc")
            .asText("Typed client for CTyun " + title + "; thread-safe, close it when done.");
    this.paginators = line.path("paginators").asBoolean(false);
    this.waiters = line.path("waiters").asBoolean(false);
    this.inferredResponseNote = line.path("inferredNote").asText(null);
    this.cliGroups = cliGroups(line, productsFile);
  }

  private List<CliGroup> cliGroups(JsonNode line, String productsFile) {
    JsonNode cli = line.path("cli");
    List<CliGroup> groups = new ArrayList<>();
    if (cli.isTextual()) {
      groups.add(
          new CliGroup(cli.asText(), List.of(), line.path("about").asText(title + " operations.")));
    } else if (cli.isArray()) {
      for (JsonNode g : cli) {
        List<String> paths = new ArrayList<>();
        for (JsonNode p : g.path("paths")) {
          paths.add(p.asText());
        }
        String name = required(g, "group", productsFile);
        groups.add(
            new CliGroup(
                name,
                List.copyOf(paths),
                g.path("about").asText(title + " " + name + " operations.")));
      }
    }
    if (groups.isEmpty()) {
      throw new IllegalStateException(productsFile + ": product " + product + " needs a cli group");
    }
    return Collections.unmodifiableList(groups);
  }

  private static String required(JsonNode line, String key, String productsFile) {
    String v = line.path(key).asText("");
    if (v.isEmpty()) {
      throw new IllegalStateException(productsFile + ": an entry has no " + key + ": " + line);
    }
    return v;
  }

  /** Every product of the repository's {@code spec/products.yaml}, in file order. */
  static List<ClientConfig> all(Path repoRoot) {
    Path file = repoRoot.resolve(PRODUCTS_FILE);
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<ClientConfig> out = new ArrayList<>();
    for (JsonNode line : root.path("products")) {
      out.add(new ClientConfig(line, PRODUCTS_FILE));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The entry of {@code product}.
   *
   * @throws IllegalArgumentException when the list has no such product
   */
  static ClientConfig of(Path repoRoot, String product) {
    for (ClientConfig c : all(repoRoot)) {
      if (c.product.equals(product)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no product " + product + " in " + PRODUCTS_FILE);
  }

  /**
   * The CLI group of an operation: the first group with a path prefix of {@code path}.
   *
   * @throws IllegalStateException for a path outside every group
   */
  String cliGroup(String path) {
    for (CliGroup g : cliGroups) {
      if (g.covers(path)) {
        return g.name();
      }
    }
    throw new IllegalStateException("no CLI group of " + product + " covers " + path);
  }

  /** The model package. */
  String modelPackage() {
    return basePackage + ".model";
  }

  /** The catalogue package. */
  String catalogPackage() {
    return basePackage + ".catalog";
  }

  /** The client interface's simple name. */
  String clientName() {
    return prefix + "Client";
  }

  /** The simple name of the generated catalogue class. */
  String catalogName() {
    return prefix + "Catalog";
  }

  /** The simple name of the generated ServiceLoader provider of the catalogue. */
  String providerName() {
    return prefix + "Product";
  }

  /** Where generated Java sources go, relative to the repository root. */
  String javaDir() {
    return module + "/src/main/java/";
  }

  /** Where generated resources go, relative to the repository root. */
  String resourceDir() {
    return module + "/src/main/resources/";
  }

  /** The catalogue resource, relative to the repository root. */
  String catalogPath() {
    return resourceDir() + catalogPackage().replace('.', '/') + "/operations.json";
  }

  /** The ServiceLoader registration of the provider, relative to the repository root. */
  String servicesPath() {
    return resourceDir() + "META-INF/services/" + JavaEmitter.PROVIDER_INTERFACE;
  }
}
