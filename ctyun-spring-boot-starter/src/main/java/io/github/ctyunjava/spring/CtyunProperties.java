package io.github.ctyunjava.spring;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code ctyun.*} settings of the auto-configured clients. What is left unset comes from the
 * SDK's own resolution: {@code CTYUN_*} environment variables, then the profile in {@code
 * ~/.ctyun/config} and {@code ~/.ctyun/credentials}, then defaults.
 */
@ConfigurationProperties(prefix = "ctyun")
public class CtyunProperties {
  /** Profile of ~/.ctyun/config and ~/.ctyun/credentials to fall back on. */
  private String profile;

  /** Access key; set together with the secret key, else the SDK's credential chain applies. */
  private String accessKey;

  /** Secret key; set together with the access key. Never logged. */
  private String secretKey;

  /** One base URL for every product, e.g. http://localhost:8080 for ctyun-local. */
  private String endpointUrl;

  /** Default regionID of operations that require one. */
  private String region;

  /** PEM file of CA certificates trusted in addition to the JVM's trust store. */
  private Path caBundle;

  /**
   * HTTP proxy, http://[user:password@]host:port, or "none" for direct connections (else the JVM's
   * proxy properties, HTTPS_PROXY/HTTP_PROXY with NO_PROXY, CTYUN_PROXY, the profile's proxy).
   */
  private String proxy;

  /** Longest a whole call may take, retries and waits included (SDK default 2 minutes). */
  private Duration apiCallTimeout;

  /** Longest one attempt may take (SDK default: no limit but the call's). */
  private Duration apiCallAttemptTimeout;

  /** TCP connect timeout (SDK default 10 seconds). */
  private Duration connectTimeout;

  /** Socket read timeout (SDK default 30 seconds). */
  private Duration readTimeout;

  /** Attempts per call, the first included (SDK default 3). */
  private Integer maxAttempts;

  /** Threads of each async client's pool. */
  private int asyncThreads = 8;

  /** The profile name, or null. */
  public String getProfile() {
    return profile;
  }

  /** Sets the profile name. */
  public void setProfile(String profile) {
    this.profile = profile;
  }

  /** The proxy URL ({@code none} for none), or null for the SDK's own resolution. */
  public String getProxy() {
    return proxy;
  }

  /** Sets the proxy URL. */
  public void setProxy(String proxy) {
    this.proxy = proxy;
  }

  /** The access key, or null. */
  public String getAccessKey() {
    return accessKey;
  }

  /** Sets the access key. */
  public void setAccessKey(String accessKey) {
    this.accessKey = accessKey;
  }

  /** The secret key, or null. */
  public String getSecretKey() {
    return secretKey;
  }

  /** Sets the secret key. */
  public void setSecretKey(String secretKey) {
    this.secretKey = secretKey;
  }

  /** The endpoint URL, or null. */
  public String getEndpointUrl() {
    return endpointUrl;
  }

  /** Sets the endpoint URL. */
  public void setEndpointUrl(String endpointUrl) {
    this.endpointUrl = endpointUrl;
  }

  /** The default region, or null. */
  public String getRegion() {
    return region;
  }

  /** Sets the default region. */
  public void setRegion(String region) {
    this.region = region;
  }

  /** The CA bundle, or null. */
  public Path getCaBundle() {
    return caBundle;
  }

  /** Sets the CA bundle. */
  public void setCaBundle(Path caBundle) {
    this.caBundle = caBundle;
  }

  /** The call timeout, or null. */
  public Duration getApiCallTimeout() {
    return apiCallTimeout;
  }

  /** Sets the call timeout. */
  public void setApiCallTimeout(Duration apiCallTimeout) {
    this.apiCallTimeout = apiCallTimeout;
  }

  /** The attempt timeout, or null. */
  public Duration getApiCallAttemptTimeout() {
    return apiCallAttemptTimeout;
  }

  /** Sets the attempt timeout. */
  public void setApiCallAttemptTimeout(Duration apiCallAttemptTimeout) {
    this.apiCallAttemptTimeout = apiCallAttemptTimeout;
  }

  /** The connect timeout, or null. */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** Sets the connect timeout. */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** The read timeout, or null. */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /** Sets the read timeout. */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /** The attempts per call, or null. */
  public Integer getMaxAttempts() {
    return maxAttempts;
  }

  /** Sets the attempts per call. */
  public void setMaxAttempts(Integer maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  /** The async pool size. */
  public int getAsyncThreads() {
    return asyncThreads;
  }

  /** Sets the async pool size. */
  public void setAsyncThreads(int asyncThreads) {
    this.asyncThreads = asyncThreads;
  }

  @Override
  public String toString() {
    return "CtyunProperties{profile="
        + profile
        + ", endpointUrl="
        + endpointUrl
        + ", region="
        + region
        + ", proxy="
        + (proxy == null ? null : "set")
        + ", accessKey="
        + (accessKey == null ? null : "set")
        + ", secretKey="
        + (secretKey == null ? null : "set")
        + "}";
  }
}
