package io.github.ctyunjava.spring;

import io.github.ctyunjava.core.exception.CtyunException;
import io.github.ctyunjava.core.exception.CtyunServiceException;
import io.github.ctyunjava.ecx.EcxClient;
import io.github.ctyunjava.ecx.model.DescribeRegionClustersRequest;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Up when CTyun accepts the application's credentials: makes one cheap signed call (ECX {@code
 * describeRegionClusters}) per health check. Down with the service's error code, or the client
 * error, otherwise; never shows credentials.
 */
public class CtyunHealthIndicator extends AbstractHealthIndicator {
  private final EcxClient ecx;

  /** A health indicator calling through {@code ecx}. */
  public CtyunHealthIndicator(EcxClient ecx) {
    super("CTyun health check failed");
    this.ecx = ecx;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    try {
      ecx.describeRegionClusters(DescribeRegionClustersRequest.builder().build());
      builder.up();
    } catch (CtyunServiceException e) {
      builder
          .down()
          .withDetail("httpStatus", e.httpStatus())
          .withDetail("errorCode", String.valueOf(e.errorCode()))
          .withDetail("requestId", String.valueOf(e.requestId()));
    } catch (CtyunException e) {
      builder.down().withDetail("error", e.getMessage());
    }
  }
}
