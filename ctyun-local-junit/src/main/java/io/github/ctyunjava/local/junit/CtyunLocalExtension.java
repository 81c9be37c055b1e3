package io.github.ctyunjava.local.junit;

import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.config.CtyunConfiguration;
import io.github.ctyunjava.core.config.Setting;
import io.github.ctyunjava.local.CtyunLocal;
import io.github.ctyunjava.local.CtyunLocalOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts an in-process ctyun-local for a test class and hands tests a configured client. Use it
 * through {@link CtyunLocalTest}, or register it to change emulator options:
 *
 * <pre>{@code
 * @RegisterExtension
 * static CtyunLocalExtension local =
 *     CtyunLocalExtension.withOptions(o -> o.failRate(0.5));
 * }</pre>
 *
 * <p>The emulator listens on a free loopback port with a fresh SQLite store in a temporary
 * directory (deleted after the class), and a random account that is never written to {@code
 * ~/.ctyun}. State is shared by the class's tests; {@link #reset()} clears it on demand, and {@link
 * #resetBeforeEachTest()} (or {@code @CtyunLocalTest(resetBeforeEachTest = true)}) gives every test
 * method a clean store. Typed clients are built over {@link #configuration()}:
 *
 * <pre>{@code
 * VpceClient vpce = VpceClient.builder().core(b -> b.configuration(local.configuration())).build();
 * }</pre>
 */
public final class CtyunLocalExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
  /**
   * The documentation sample region the emulator serves (e.g. for a builder's {@code regionId}).
   */
  public static final String SAMPLE_REGION = "81f7728662dd11ec810800155d307d5b";

  private final Consumer<CtyunLocalOptions.Builder> customizer;
  private boolean resetBeforeEachTest;
  private Path dataDir;
  private CtyunLocal local;
  private CtyunClient client;

  /** The extension with default emulator options (used by {@link CtyunLocalTest}). */
  public CtyunLocalExtension() {
    this(o -> {});
  }

  private CtyunLocalExtension(Consumer<CtyunLocalOptions.Builder> customizer) {
    this.customizer = customizer;
  }

  /** The extension with emulator options changed by {@code customizer}. */
  public static CtyunLocalExtension withOptions(Consumer<CtyunLocalOptions.Builder> customizer) {
    return new CtyunLocalExtension(customizer);
  }

  /** Clears the store before every test method, so each one starts from nothing. */
  public CtyunLocalExtension resetBeforeEachTest() {
    this.resetBeforeEachTest = true;
    return this;
  }

  /** Deletes every resource the tests created so far (the account stays). */
  public void reset() {
    requireStarted().reset();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (local != null) {
      return; // a nested class shares its enclosing class's emulator
    }
    context
        .getTestClass()
        .flatMap(c -> AnnotationSupport.findAnnotation(c, CtyunLocalTest.class))
        .filter(CtyunLocalTest::resetBeforeEachTest)
        .ifPresent(a -> resetBeforeEachTest = true);
    try {
      dataDir = Files.createTempDirectory("ctyun-local-junit");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary store directory", e);
    }
    String ak = "local" + UUID.randomUUID().toString().replace("-", "");
    String sk = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString();
    local =
        CtyunLocal.builder()
            .host("127.0.0.1")
            .port(0)
            .dataDir(dataDir)
            .account(ak, sk)
            .options(o -> customizer.accept(o.writeProfile(false)))
            .build()
            .start();
    client = CtyunClient.builder().configuration(configuration()).build();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (resetBeforeEachTest) {
      reset();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (context.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
      return; // the outermost class closes it
    }
    try {
      if (client != null) {
        client.close();
      }
      if (local != null) {
        local.close();
      }
    } finally {
      client = null;
      local = null;
      deleteRecursively(dataDir);
    }
  }

  /** The running emulator. */
  public CtyunLocal local() {
    return requireStarted();
  }

  /** The endpoint to use as the SDK's endpoint override. */
  public URI endpoint() {
    return requireStarted().endpoint();
  }

  /** The emulator account's credentials. */
  public Credentials credentials() {
    return requireStarted().credentials();
  }

  /** A client signed with the emulator's account and pointed at it. */
  public CtyunClient client() {
    requireStarted();
    return client;
  }

  /**
   * Settings that point any client builder at this emulator: its endpoint and its account's keys;
   * no default region, so requests say which one they mean. Nothing is read from the user's {@code
   * ~/.ctyun} or environment.
   */
  public CtyunConfiguration configuration() {
    CtyunLocal l = requireStarted();
    Map<String, String> env = new HashMap<>();
    env.put("HOME", dataDir.resolve("home").toString()); // no user profile files
    env.put("CTYUN_AK", l.credentials().accessKey());
    env.put("CTYUN_SK", l.credentials().secretKey());
    return CtyunConfiguration.loader()
        .environment(env)
        .set(Setting.ENDPOINT_URL, l.endpoint().toString())
        .load();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == CtyunClient.class
        || type == CtyunConfiguration.class
        || type == CtyunLocal.class
        || type == URI.class
        || type == Credentials.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == CtyunClient.class) {
      return client();
    }
    if (type == CtyunLocal.class) {
      return local();
    }
    if (type == CtyunConfiguration.class) {
      return configuration();
    }
    if (type == URI.class) {
      return endpoint();
    }
    if (type == Credentials.class) {
      return credentials();
    }
    throw new ParameterResolutionException("unsupported parameter type " + type.getName());
  }

  private CtyunLocal requireStarted() {
    if (local == null) {
      throw new IllegalStateException(
          "ctyun-local is not running: register the extension on a static field or use"
              + " @CtyunLocalTest");
    }
    return local;
  }

  private static void deleteRecursively(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary store " + dir, e);
    }
  }
}
