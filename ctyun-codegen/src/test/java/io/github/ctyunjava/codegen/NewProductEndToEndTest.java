package io.github.ctyunjava.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.cli.Ctyun;
import io.github.ctyunjava.cli.common.CliContext;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.auth.CredentialsProvider;
import io.github.ctyunjava.core.catalog.OperationCatalog;
import io.github.ctyunjava.core.catalog.ProductCatalogProvider;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.api.Product;
import io.github.ctyunjava.local.api.ProductIndex;
import io.github.ctyunjava.local.service.ApiReply;
import io.github.ctyunjava.local.service.HandlerRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a product is data: a test-only spec ({@code src/test/resources/testproduct/spec/}, two
 * operations whose paths share {@code /v4/} with ctvpc) and its one line in {@code products.yaml}
 * are generated into {@code target/}, compiled and loaded. Its typed client then reaches the
 * emulator, which answers 501 until a handler is registered and 800 after; the CLI finds its group
 * on the class path. Nothing else names the product.
 */
class NewProductEndToEndTest {
  static final String PRODUCT = "ctwidget";
  static final Path OUT = Paths.get("target", "new-product");
  static final String MODULE = "ctyun-widget/src/main/";

  static Map<String, String> generated;
  static URLClassLoader loader;

  @TempDir static Path dir;

  @BeforeAll
  static void generateCompileAndLoad() throws IOException {
    generated = Generator.generate(resource("testproduct"));
    deleteTree(OUT);
    for (Map.Entry<String, String> e : generated.entrySet()) {
      Path p = OUT.resolve("src").resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue().getBytes(StandardCharsets.UTF_8));
    }
    Path classes = OUT.resolve("classes");
    Files.createDirectories(classes);
    compile(OUT.resolve("src").resolve(MODULE + "java"), classes);
    copyTree(OUT.resolve("src").resolve(MODULE + "resources"), classes);
    loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, NewProductEndToEndTest.class.getClassLoader());
  }

  @AfterAll
  static void closeLoader() throws IOException {
    loader.close();
  }

  @Test
  void theOneLineYieldsTheClientTheCatalogueAndTheDocsRows() {
    String java = MODULE + "java/io/github/ctyunjava/widget/";
    assertThat(generated)
        .containsKeys(
            java + "WidgetClient.java",
            java + "DefaultWidgetClient.java",
            java + "WidgetAsyncClient.java",
            java + "WidgetClientBuilder.java",
            java + "catalog/WidgetCatalog.java",
            java + "catalog/WidgetProduct.java",
            java + "model/CreateWidgetRequest.java",
            java + "model/ListWidgetsResponse.java",
            MODULE + "resources/io/github/ctyunjava/widget/catalog/operations.json",
            MODULE
                + "resources/META-INF/services/"
                + "io.github.ctyunjava.core.catalog.ProductCatalogProvider");
    assertThat(generated.get(Generator.OPERATIONS_DOC))
        .contains(
            "| ctwidget | `createWidget` | `POST /v4/widget/create` | `WidgetClient#createWidget`"
                + " | `ctyun widget create-widget` | verified |")
        .contains("| ctwidget | `listWidgets` | `GET /v4/widget/list` |")
        .contains("2 typed operations.");
  }

  @Test
  void theProductIsFoundOnTheClassPathWithItsCliGroup() {
    ProductCatalogProvider p = provider();
    assertThat(p.cliGroups()).containsOnlyKeys("widget");
    List<String> ids = new ArrayList<>();
    for (OperationCatalog.Operation op : p.catalog().operations()) {
      ids.add(op.operationId());
      assertThat(op.cliGroup()).isEqualTo("widget");
      assertThat(op.product()).isEqualTo(PRODUCT);
    }
    assertThat(ids).containsExactly("createWidget", "listWidgets");
  }

  @Test
  void typedCallAnswers501UntilAHandlerIsRegisteredThen800() throws Exception {
    try (CtyunLocal bare = emulator("bare", r -> {})) {
      Object client = client(bare);
      Throwable t = catchCause(() -> call(client, "createWidget", createRequest("w1")));
      assertThat(t).isInstanceOf(CtyunServiceException.class);
      CtyunServiceException e = (CtyunServiceException) t;
      assertThat(e.httpStatus()).isEqualTo(501);
      assertThat(e.errorCode()).isEqualTo("Eop.Route.NotImplemented");
      assertThat(e.getMessage()).contains("createWidget", PRODUCT, "not emulated");
      close(client);
    }
    try (CtyunLocal served = emulator("served", NewProductEndToEndTest::registerCreateWidget)) {
      Object client = client(served);
      Object response = call(client, "createWidget", createRequest("w1"));
      assertThat(response.getClass().getMethod("widgetId").invoke(response)).isEqualTo("widget-w1");
      Object list = builder("model.ListWidgetsRequest");
      invoke(list, "regionId", "region-1");
      Throwable t = catchCause(() -> call(client, "listWidgets", invoke(list, "build")));
      assertThat(((CtyunServiceException) t).httpStatus())
          .as("an operation without a handler still answers 501")
          .isEqualTo(501);
      close(client);
    }
  }

  @Test
  void theCliRunsTheNewGroupAgainstTheEmulator() throws Exception {
    try (CtyunLocal served = emulator("cli", NewProductEndToEndTest::registerCreateWidget)) {
      Thread thread = Thread.currentThread();
      ClassLoader before = thread.getContextClassLoader();
      thread.setContextClassLoader(loader); // the CLI finds products with the ServiceLoader
      try {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CTYUN_AK", served.credentials().accessKey());
        env.put("CTYUN_SK", served.credentials().secretKey());
        env.put("CTYUN_ENDPOINT_URL", served.endpoint().toString());
        env.put("CTYUN_SHARED_CREDENTIALS_FILE", dir.resolve("cli-credentials").toString());
        env.put("CTYUN_CONFIG_FILE", dir.resolve("cli-config").toString());
        int exit =
            Ctyun.run(
                CliContext.builder()
                    .env(env)
                    .out(new PrintWriter(out))
                    .err(new PrintWriter(err))
                    .build(),
                "widget",
                "create-widget",
                "--region-id",
                "region-1",
                "--name",
                "w2");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).path("widgetID").asText())
            .isEqualTo("widget-w2");
      } finally {
        thread.setContextClassLoader(before);
      }
    }
  }

  private static void registerCreateWidget(HandlerRegistry r) {
    r.register(
        Product.of(PRODUCT),
        "createWidget",
        call -> {
          ObjectNode ret = JsonNodeFactory.instance.objectNode();
          ret.put("widgetID", "widget-" + call.text("name"));
          return ApiReply.of(ret);
        });
  }

  private static CtyunLocal emulator(String name, Consumer<HandlerRegistry> handlers) {
    return CtyunLocal.builder()
        .port(0)
        .dataDir(dir.resolve(name))
        .options(o -> o.writeProfile(false))
        .addProducts(ProductIndex.fromDirectory(resource("testproduct/spec")))
        .handlers(handlers)
        .build()
        .start();
  }

  private static ProductCatalogProvider provider() {
    for (ProductCatalogProvider p : ServiceLoader.load(ProductCatalogProvider.class, loader)) {
      if (p.product().equals(PRODUCT)) {
        return p;
      }
    }
    throw new AssertionError("no ProductCatalogProvider for " + PRODUCT);
  }

  /** The generated WidgetClient over the emulator, by reflection (it exists only in target/). */
  private static Object client(CtyunLocal local) throws Exception {
    Object b =
        loader
            .loadClass("io.github.ctyunjava.widget.WidgetClient")
            .getMethod("builder")
            .invoke(null);
    CredentialsProvider credentials = local::credentials;
    b.getClass().getMethod("credentialsProvider", CredentialsProvider.class).invoke(b, credentials);
    invoke(b, "endpointOverride", local.endpoint().toString());
    return invoke(b, "build");
  }

  private static Object createRequest(String name) throws Exception {
    Object b = builder("model.CreateWidgetRequest");
    invoke(b, "regionId", "region-1");
    invoke(b, "name", name);
    return invoke(b, "build");
  }

  private static Object builder(String modelClass) throws Exception {
    return loader
        .loadClass("io.github.ctyunjava.widget." + modelClass)
        .getMethod("builder")
        .invoke(null);
  }

  private static Object call(Object client, String operation, Object request) throws Exception {
    // through the public interface: the implementation class is package-private
    return loader
        .loadClass("io.github.ctyunjava.widget.WidgetClient")
        .getMethod(operation, request.getClass())
        .invoke(client, request);
  }

  private static void close(Object client) throws Exception {
    ((AutoCloseable) client).close();
  }

  /** Calls a public one-argument (or no-argument) method by name. */
  private static Object invoke(Object target, String name, Object... args) throws Exception {
    for (java.lang.reflect.Method m : target.getClass().getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        return m.invoke(target, args);
      }
    }
    throw new NoSuchMethodException(target.getClass().getName() + "." + name);
  }

  @FunctionalInterface
  interface Call {
    Object run() throws Exception;
  }

  private static Throwable catchCause(Call call) throws Exception {
    try {
      call.run();
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
    throw new AssertionError("the call succeeded");
  }

  private static Path resource(String name) {
    try {
      return Paths.get(NewProductEndToEndTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compiles the generated sources for Java 8, against ctyun-core and Jackson only. */
  private static void compile(Path sources, Path classes) throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.walk(sources)) {
      files =
          s.filter(p -> p.toString().endsWith(".java"))
              .map(Path::toString)
              .collect(Collectors.toList());
    }
    String classpath =
        Stream.of(CtyunClient.class, ObjectMapper.class, JsonFactory.class, JsonProperty.class)
            .map(NewProductEndToEndTest::location)
            .collect(Collectors.joining(java.io.File.pathSeparator));
    List<String> options =
        List.of("--release", "8", "-Xlint:all", "-Werror", "-proc:none", "-cp", classpath, "-d");
    List<String> args = new ArrayList<>(options);
    args.add(classes.toString());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean ok =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                args,
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjectsFromStrings(files))
            .call();
    assertThat(ok).as(diagnostics.toString()).isTrue();
  }

  private static String location(Class<?> c) {
    try {
      return Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
