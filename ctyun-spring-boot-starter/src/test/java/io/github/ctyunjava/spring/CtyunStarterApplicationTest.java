package io.github.ctyunjava.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.local.junit.CtyunLocalExtension;
import io.github.ctyunjava.vpce.VpceClient;
import io.github.ctyunjava.vpce.model.CreateVpcRequest;
import io.github.ctyunjava.vpce.model.ShowVpcRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** A small Spring Boot application, auto-configured as users get it, calling ctyun-local. */
class CtyunStarterApplicationTest {
  @RegisterExtension static final CtyunLocalExtension LOCAL = new CtyunLocalExtension();

  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}

  @Test
  void anApplicationMakesTypedCallsWithTheAutoConfiguredClient() {
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(App.class)
            .web(WebApplicationType.NONE)
            .properties(
                "ctyun.endpoint-url=" + LOCAL.endpoint(),
                "ctyun.access-key=" + LOCAL.credentials().accessKey(),
                "ctyun.secret-key=" + LOCAL.credentials().secretKey(),
                "ctyun.region=" + CtyunLocalExtension.SAMPLE_REGION,
                "spring.main.banner-mode=off")
            .run()) {
      VpceClient vpce = app.getBean(VpceClient.class);
      String id =
          vpce.createVpc(CreateVpcRequest.builder().name("boot-app").cidr("10.20.0.0/16").build())
              .vpcId();
      assertThat(id).startsWith("vpc-");
      assertThat(vpce.showVpc(ShowVpcRequest.builder().vpcId(id).build()).returnObj().name())
          .isEqualTo("boot-app");
    }
  }
}
