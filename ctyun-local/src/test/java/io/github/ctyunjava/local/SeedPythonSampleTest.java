package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.core.CtyunClient;
import io.github.ctyunjava.core.CtyunRequest;
import io.github.ctyunjava.core.auth.StaticCredentialsProvider;
import io.github.ctyunjava.core.testing.RequiredService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The help-centre Python sample (seed 002), ported to Python 3 with nothing else changed, creates
 * and lists a VPC and an endpoint against the emulator. It signs the raw sorted query and sends the
 * form-encoded one, signs {@code json.dumps} of the body and uses host-local time (run here with
 * TZ=Asia/Shanghai, as its authors did).
 */
class SeedPythonSampleTest {
  private static final String REGION = "81f7728662dd11ec810800155d307d5b";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void helpCentrePythonSampleCreatesAndListsVpcAndEndpoint() throws Exception {
    String python = pythonWithRequests();
    RequiredService.assumeAvailable(
        python != null, "no python3 with the 'requests' module on this machine");
    Path script = tmp.resolve("seed_sample_py3.py");
    try (InputStream in = getClass().getResourceAsStream("/seed/seed_sample_py3.py")) {
      Files.copy(in, script);
    }
    String ak = "seedak" + UUID.randomUUID().toString().replace("-", "");
    String sk = UUID.randomUUID().toString();
    try (CtyunLocal local =
            CtyunLocal.builder()
                .host("127.0.0.1")
                .port(0)
                .dataDir(tmp.resolve("data"))
                .account(ak, sk)
                .options(o -> o.writeProfile(false))
                .build()
                .start();
        CtyunClient client =
            CtyunClient.builder()
                .credentialsProvider(StaticCredentialsProvider.create(ak, sk))
                .endpointOverride(local.endpoint().toString())
                .build()) {
      String serviceId = endpointServiceMadeWithTheJavaSdk(client);

      ProcessBuilder pb = new ProcessBuilder(python, script.toString()).redirectErrorStream(true);
      pb.environment().put("CTYUN_AK", ak);
      pb.environment().put("CTYUN_SK", sk);
      pb.environment().put("CTYUN_ENDPOINT", local.endpoint().toString());
      pb.environment().put("CTYUN_REGION_ID", REGION);
      pb.environment().put("CTYUN_ENDPOINT_SERVICE_ID", serviceId);
      pb.environment().put("TZ", "Asia/Shanghai");
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(out).isZero();

      String resultLine =
          out.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElseThrow();
      JsonNode result = JSON.readTree(resultLine.substring("RESULT ".length()));
      String vpcId = result.path("vpcID").asText();
      assertThat(vpcId).startsWith("vpc-");
      assertThat(result.path("vpcs").toString()).contains(vpcId);
      String endpointId = result.path("endpoint").path("endpointID").asText();
      assertThat(endpointId).startsWith("endpoint-");
      assertThat(result.path("endpoints").toString()).contains(endpointId);
    }
  }

  private static String endpointServiceMadeWithTheJavaSdk(CtyunClient client) {
    JsonNode vpc =
        post(
            client,
            "/v4/vpc/create",
            "{\"clientToken\":\""
                + UUID.randomUUID()
                + "\",\"regionID\":\""
                + REGION
                + "\",\"name\":\"svc-vpc\",\"CIDR\":\"10.0.0.0/16\"}");
    String body =
        "{\"clientToken\":\""
            + UUID.randomUUID()
            + "\",\"regionID\":\""
            + REGION
            + "\",\"vpcID\":\""
            + vpc.path("vpcID").asText()
            + "\",\"name\":\"svc\","
            + "\"type\":\"interface\",\"instanceType\":\"vm\",\"instanceID\":\""
            + UUID.randomUUID()
            + "\",\"autoConnection\":true}";
    JsonNode svc = post(client, "/v4/vpce/create-endpoint-service", body);
    return svc.path("endpointService").path("endpointServiceID").asText();
  }

  private static JsonNode post(CtyunClient client, String path, String json) {
    return client
        .call(
            CtyunRequest.builder()
                .product("ctvpc")
                .method("POST")
                .path(path)
                .jsonBody(json)
                .build())
        .envelope()
        .returnObj();
  }

  private static String pythonWithRequests() throws InterruptedException {
    for (String candidate : List.of("python3", "/usr/bin/python3")) {
      try {
        Process p = new ProcessBuilder(candidate, "-c", "import requests").start();
        if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return candidate;
        }
      } catch (IOException e) {
        // not installed under that name
      }
    }
    return null;
  }
}
