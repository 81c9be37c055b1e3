package io.github.ctyunjava.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.CtyunRequest;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The calls of the emulator load tests against one emulator (embedded or at an endpoint URL): the
 * unsigned no-op health call, signed {@code show-endpoint} of one endpoint, durable {@code
 * create-endpoint}, and first-page listings. {@link #setUp} creates the VPC, subnets and endpoint
 * service the calls need, in the caller's account.
 */
final class EmulatorWorkload {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REGION = "81f7728662dd11ec810800155d307d5b";
  private static final int ENDPOINTS_PER_SUBNET = 60_000;

  /**
   * Room for 960,000 endpoints: a report with the 15 s warm-up creates for 75 s at up to 80% of the
   * create maximum (about 250,000 endpoints at 4,400/s), and four subnets ran out.
   */
  private static final int SUBNETS = 16;

  private final CtyunClient client;
  private final String endpoint;
  private final String runTag = UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger endpointsCreated = new AtomicInteger();
  private final List<String> subnets = new ArrayList<>();
  private String vpcId;
  private String serviceId;
  private String showId;

  EmulatorWorkload(CtyunClient client, String endpoint) {
    this.client = client;
    this.endpoint = endpoint;
  }

  /**
   * Creates what the calls need (one VPC, {@value #SUBNETS} /16 subnets, a service, one endpoint to
   * show).
   */
  void setUp() {
    vpcId =
        post("/v4/vpc/create", body("name", "load-vpc-" + runTag, "CIDR", "10.0.0.0/8"))
            .path("vpcID")
            .asText();
    for (int i = 0; i < SUBNETS; i++) {
      subnets.add(
          post(
                  "/v4/vpc/create-subnet",
                  body("vpcID", vpcId, "name", "load-" + i, "CIDR", "10." + i + ".0.0/16"))
              .path("subnetID")
              .asText());
    }
    ObjectNode svc =
        body(
            "vpcID",
            vpcId,
            "name",
            "load-svc-" + runTag,
            "type",
            "interface",
            "instanceType",
            "vm",
            "instanceID",
            UUID.randomUUID().toString(),
            "subnetID",
            subnets.get(0));
    svc.put("autoConnection", true);
    JsonNode created = post("/v4/vpce/create-endpoint-service", svc);
    serviceId =
        created
            .path("endpointService")
            .path("endpointServiceID")
            .asText(created.path("endpointServiceID").asText());
    showId = createEndpoint();
  }

  /** Endpoints created so far by this workload. */
  int endpointsCreated() {
    return endpointsCreated.get();
  }

  /** The unsigned no-op call of the same server. */
  void health() throws Exception {
    HttpURLConnection c = (HttpURLConnection) new URL(endpoint + "/_ctyun/health").openConnection();
    try (InputStream in = c.getInputStream()) {
      while (in.read() >= 0) {
        // drain so the connection goes back to the keep-alive pool
      }
    }
    if (c.getResponseCode() != 200) {
      throw new IllegalStateException("health answered " + c.getResponseCode());
    }
  }

  /** A signed read of the endpoint created in {@link #setUp}. */
  void show() {
    call("GET", "/v4/vpce/show-endpoint", null, "endpointID", showId);
  }

  /** A durable create; returns the new endpoint's ID. */
  String createEndpoint() {
    int n = endpointsCreated.incrementAndGet();
    if (n / ENDPOINTS_PER_SUBNET >= subnets.size()) {
      throw new IllegalStateException("the workload's subnets are full");
    }
    ObjectNode b =
        body(
            "cycleType",
            "on_demand",
            "endpointServiceID",
            serviceId,
            "endpointName",
            "load-" + n,
            "subnetID",
            subnets.get(n / ENDPOINTS_PER_SUBNET),
            "vpcID",
            vpcId);
    b.put("whitelistFlag", 0);
    return post("/v4/vpce/create-endpoint", b).path("endpointID").asText();
  }

  /** Creates endpoints from {@code threads} threads until {@code count} exist. */
  void fillTo(int count, int threads) throws InterruptedException {
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w =
          new Thread(
              () -> {
                while (endpointsCreated.get() < count) {
                  createEndpoint();
                }
              });
      w.start();
      workers.add(w);
    }
    for (Thread w : workers) {
      w.join();
    }
  }

  /** p50 and p99 in ms of 200 sequential first-page listings (after 20 unmeasured ones). */
  double[] timeListPage() {
    long[] nanos = new long[200];
    for (int i = 0; i < 20; i++) {
      call("GET", "/v4/vpce/list-endpoint", null, "pageNo", "1", "pageSize", "10");
    }
    for (int i = 0; i < nanos.length; i++) {
      long t0 = System.nanoTime();
      call("GET", "/v4/vpce/list-endpoint", null, "pageNo", "1", "pageSize", "10");
      nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    return new double[] {nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6};
  }

  private static ObjectNode body(String... kv) {
    ObjectNode b = JSON.createObjectNode();
    b.put("clientToken", UUID.randomUUID().toString());
    b.put("regionID", REGION);
    for (int i = 0; i < kv.length; i += 2) {
      b.put(kv[i], kv[i + 1]);
    }
    return b;
  }

  private JsonNode post(String path, ObjectNode body) {
    return call("POST", path, body.toString());
  }

  private JsonNode call(String method, String path, String json, String... query) {
    CtyunRequest.Builder b = CtyunRequest.builder().product("ctvpc").method(method).path(path);
    if ("GET".equals(method)) {
      b.addQueryParam("regionID", REGION);
    }
    for (int i = 0; i < query.length; i += 2) {
      b.addQueryParam(query[i], query[i + 1]);
    }
    if (json != null) {
      b.jsonBody(json);
    }
    return client.call(b.build()).envelope().returnObj();
  }
}
