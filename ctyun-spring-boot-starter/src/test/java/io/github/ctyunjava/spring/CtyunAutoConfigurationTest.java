package io.github.ctyunjava.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.ExecutionContext;
import io.github.ctyunjava.core.ExecutionInterceptor;
import io.github.ctyunjava.ecx.EcxAsyncClient;
import io.github.ctyunjava.ecx.EcxClient;
import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import io.github.ctyunjava.micrometer.MetricsInterceptor;
import io.github.ctyunjava.vpce.VpceAsyncClient;
import io.github.ctyunjava.vpce.VpceClient;
import io.github.ctyunjava.vpce.model.ListVpcsRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration in application contexts, against an in-process ctyun-local. */
class CtyunAutoConfigurationTest {
  @RegisterExtension static final CtyunLocalExtension LOCAL = new CtyunLocalExtension();

  private static final String REGION = CtyunLocalExtension.SAMPLE_REGION;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  CtyunAutoConfiguration.class,
                  CtyunMetricsAutoConfiguration.class,
                  CtyunHealthAutoConfiguration.class));

  private ApplicationContextRunner local() {
    return runner.withPropertyValues(
        "ctyun.endpoint-url=" + LOCAL.endpoint(),
        "ctyun.access-key=" + LOCAL.credentials().accessKey(),
        "ctyun.secret-key=" + LOCAL.credentials().secretKey(),
        "ctyun.region=" + REGION);
  }

  /** Records the operation of each finished call. */
  static final class Recorder implements ExecutionInterceptor {
    final List<String> operations = new CopyOnWriteArrayList<>();

    @Override
    public void onExecutionFailure(ExecutionContext context) {
      operations.add(context.operation() + " " + context.outcome());
    }

    @Override
    public void afterExecution(
        ExecutionContext context, io.github.ctyunjava.core.CtyunResponse response) {
      operations.add(context.operation() + " " + context.outcome());
    }
  }

  @Test
  void propertiesConfigureEveryClientAndATypedCallWorks() {
    local()
        .withPropertyValues("ctyun.max-attempts=5", "ctyun.api-call-timeout=20s")
        .run(
            ctx -> {
              assertThat(ctx)
                  .hasSingleBean(CtyunClient.class)
                  .hasSingleBean(VpceClient.class)
                  .hasSingleBean(EcxClient.class)
                  .hasSingleBean(VpceAsyncClient.class)
                  .hasSingleBean(EcxAsyncClient.class);
              CtyunClient core = ctx.getBean(CtyunClient.class);
              assertThat(core.endpointFor("ctvpc")).isEqualTo(LOCAL.endpoint().toString());
              assertThat(core.regionId()).isEqualTo(REGION);
              assertThat(core.toString()).contains("maxAttempts=5");
              // the region comes from ctyun.region: the request leaves it unset
              assertThat(
                      ctx.getBean(VpceClient.class)
                          .listVpcs(ListVpcsRequest.builder().build())
                          .vpcs())
                  .isNotNull();
              assertThat(
                      ctx.getBean(VpceAsyncClient.class)
                          .listVpcs(ListVpcsRequest.builder().build())
                          .get(30, TimeUnit.SECONDS)
                          .vpcs())
                  .isNotNull();
            });
  }

  @Test
  void interceptorBeansAndCustomizersAreApplied() {
    Recorder recorder = new Recorder();
    local()
        .withBean(ExecutionInterceptor.class, () -> recorder)
        .withBean(CtyunClientBuilderCustomizer.class, () -> b -> b.userAgentSuffix("shop/1.2"))
        .run(
            ctx -> {
              assertThat(ctx.getBean(CtyunClient.class).userAgent()).endsWith(" shop/1.2");
              ctx.getBean(VpceClient.class).listVpcs(ListVpcsRequest.builder().build());
            });
    assertThat(recorder.operations).containsExactly("listVpcs SUCCESS");
  }

  @Test
  void aUserCtyunClientIsUsedByTheTypedClients() {
    Recorder recorder = new Recorder();
    local()
        .withBean(
            CtyunClient.class,
            () ->
                CtyunClient.builder()
                    .configuration(LOCAL.configuration())
                    .regionId(REGION) // the extension's configuration names no region
                    .addInterceptor(recorder)
                    .build())
        .run(
            ctx -> {
              assertThat(ctx).hasSingleBean(CtyunClient.class);
              ctx.getBean(VpceClient.class).listVpcs(ListVpcsRequest.builder().build());
            });
    assertThat(recorder.operations).containsExactly("listVpcs SUCCESS");
  }

  @Test
  void aUserTypedClientReplacesOnlyThatBean() {
    VpceClient own = VpceClient.builder().core(b -> b.configuration(LOCAL.configuration())).build();
    local()
        .withBean(VpceClient.class, () -> own)
        .run(
            ctx -> {
              assertThat(ctx.getBean(VpceClient.class)).isSameAs(own);
              assertThat(ctx).hasSingleBean(EcxClient.class).hasSingleBean(CtyunClient.class);
            });
  }

  @Test
  void aMeterRegistryGetsATimerPerCall() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    local()
        .withBean(MeterRegistry.class, () -> registry)
        .run(
            ctx -> {
              assertThat(ctx).hasSingleBean(MetricsInterceptor.class);
              ctx.getBean(VpceClient.class).listVpcs(ListVpcsRequest.builder().build());
            });
    Timer t =
        registry
            .find("ctyun.client.calls")
            .tags("product", "ctvpc", "operation", "listVpcs", "outcome", "success")
            .timer();
    assertThat(t).isNotNull();
    assertThat(t.count()).isEqualTo(1);
  }

  @Test
  void noMetricsWithoutARegistryOrWhenTurnedOff() {
    local().run(ctx -> assertThat(ctx).doesNotHaveBean(MetricsInterceptor.class));
    local()
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues("ctyun.metrics.enabled=false")
        .run(ctx -> assertThat(ctx).doesNotHaveBean(MetricsInterceptor.class));
  }

  @Test
  void healthIsOffUnlessTurnedOn() {
    local().run(ctx -> assertThat(ctx).doesNotHaveBean(CtyunHealthIndicator.class));
    local()
        .withPropertyValues("ctyun.health.enabled=false")
        .run(ctx -> assertThat(ctx).doesNotHaveBean(CtyunHealthIndicator.class));
  }

  @Test
  void healthIsUpWithGoodCredentialsAndDownWithoutSecrets() {
    local()
        .withPropertyValues("ctyun.health.enabled=true")
        .run(
            ctx ->
                assertThat(ctx.getBean(CtyunHealthIndicator.class).health().getStatus())
                    .isEqualTo(Status.UP));
    String wrongSecret = "0123456789abcdef0123456789abcdef";
    local()
        .withPropertyValues("ctyun.health.enabled=true", "ctyun.secret-key=" + wrongSecret)
        .run(
            ctx -> {
              Health h = ctx.getBean(CtyunHealthIndicator.class).health();
              assertThat(h.getStatus()).isEqualTo(Status.DOWN);
              assertThat(h.getDetails()).containsKey("errorCode").containsKey("requestId");
              assertThat(h.getDetails().get("errorCode")).isNotEqualTo("null");
              assertThat(h.toString()).doesNotContain(wrongSecret);
            });
  }

  @Test
  void halfCredentialsOrBadTimeoutsFailTheStartWithAClearMessage() {
    runner
        .withPropertyValues("ctyun.access-key=abc", "ctyun.endpoint-url=" + LOCAL.endpoint())
        .run(
            ctx ->
                assertThat(ctx)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("ctyun.access-key and ctyun.secret-key together"));
    local()
        .withPropertyValues("ctyun.api-call-timeout=-1s")
        .run(
            ctx ->
                assertThat(ctx)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("apiCallTimeout must be positive"));
    local()
        .withPropertyValues("ctyun.ca-bundle=/no/such/ca.pem")
        .run(ctx -> assertThat(ctx).getFailure().rootCause().hasMessageContaining("ca.pem"));
  }

  /**
   * {@code ctyun.proxy} reaches the transports: a typed call to an unresolvable host goes through a
   * loopback HTTP proxy, which answers it.
   */
  @Test
  void theProxyPropertyRoutesCallsThroughTheProxy() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    byte[] answer =
        "{\"statusCode\":800,\"message\":\"success\",\"returnObj\":{\"vpcs\":[]}}"
            .getBytes(StandardCharsets.UTF_8);
    HttpServer proxy =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    proxy.createContext(
        "/",
        exchange -> {
          seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    proxy.start();
    try {
      runner
          .withPropertyValues(
              "ctyun.endpoint-url=http://ctyun-proxied.invalid",
              "ctyun.access-key=AKPROXYTEST000001",
              "ctyun.secret-key=SKPROXYTEST000001",
              "ctyun.region=" + REGION,
              "ctyun.max-attempts=1",
              "ctyun.proxy=http://127.0.0.1:" + proxy.getAddress().getPort())
          .run(
              ctx -> {
                assertThat(
                        ctx.getBean(VpceClient.class)
                            .listVpcs(ListVpcsRequest.builder().build())
                            .vpcs())
                    .isEmpty();
                assertThat(ctx.getBean(CtyunProperties.class).toString())
                    .contains("proxy=set")
                    .doesNotContain("127.0.0.1");
              });
    } finally {
      proxy.stop(0);
    }
    assertThat(seen).singleElement().asString().startsWith("GET http://ctyun-proxied.invalid/");
  }

  @Test
  void aBadProxyFailsTheStartWithoutShowingItsPassword() {
    local()
        .withPropertyValues("ctyun.proxy=socks5://bob:hunter2@proxy:1080")
        .run(
            ctx -> {
              StringWriter trace = new StringWriter();
              ctx.getStartupFailure().printStackTrace(new PrintWriter(trace));
              assertThat(trace.toString())
                  .contains("ctyun.proxy: not a proxy URL")
                  .doesNotContain("hunter2");
            });
  }

  @Test
  void closingTheContextClosesTheAsyncPools() {
    VpceAsyncClient[] async = new VpceAsyncClient[1];
    local().run(ctx -> async[0] = ctx.getBean(VpceAsyncClient.class));
    // the pool is shut down: a new call is refused rather than run
    assertThatThrownBy(() -> async[0].listVpcs(ListVpcsRequest.builder().build()))
        .isInstanceOf(RejectedExecutionException.class);
  }

  @Test
  void configurationMetadataDescribesTheProperties() throws Exception {
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).isNotNull();
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json)
          .contains(
              "\"ctyun.endpoint-url\"",
              "\"ctyun.secret-key\"",
              "\"ctyun.max-attempts\"",
              "\"ctyun.api-call-timeout\"",
              "\"ctyun.ca-bundle\"",
              "\"ctyun.proxy\"",
              "\"ctyun.metrics.enabled\"",
              "\"ctyun.health.enabled\"");
    }
  }

  @Test
  void staticCredentialsNeverShowInToString() {
    local()
        .run(
            ctx -> {
              assertThat(ctx.getBean(CtyunProperties.class).toString())
                  .doesNotContain(LOCAL.credentials().secretKey());
              assertThat(ctx.getBean(CtyunClient.class).toString())
                  .doesNotContain(LOCAL.credentials().secretKey());
            });
  }
}
