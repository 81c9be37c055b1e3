package io.github.ctyunjava.cli;

import com.sun.net.httpserver.HttpServer;
import io.github.ctyunjava.cli.common.CliContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The run {@code bin/ctyun} records its AppCDS archive from: the classes of a typical command
 * (parse, build an operation command, sign, call, print JSON) without the user's files or network.
 * It answers the calls with a local stub on 127.0.0.1 and dummy keys, and prints nothing.
 */
public final class CdsTraining {
  private static final byte[] EMPTY_LIST =
      "{\"statusCode\":800,\"message\":\"success\",\"returnObj\":{\"vpcs\":[]}}"
          .getBytes(StandardCharsets.UTF_8);

  private CdsTraining() {}

  /** Runs the training commands; exits 0 when they ran. */
  public static void main(String[] args)
      throws IOException, ReflectiveOperationException, InterruptedException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, EMPTY_LIST.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(EMPTY_LIST);
          }
        });
    server.start();
    Path dir = Files.createTempDirectory("ctyun-cds");
    try {
      Map<String, String> env =
          Map.of(
              "CTYUN_AK",
              "training-access-key",
              "CTYUN_SK",
              "training-secret-key",
              "CTYUN_ENDPOINT_URL",
              "http://127.0.0.1:" + server.getAddress().getPort(),
              "CTYUN_CONFIG_FILE",
              dir.resolve("config").toString(),
              "CTYUN_SHARED_CREDENTIALS_FILE",
              dir.resolve("credentials").toString(),
              "HOME",
              dir.toString());
      CliContext ctx =
          CliContext.builder()
              .env(env)
              .out(new PrintWriter(Writer.nullWriter()))
              .err(new PrintWriter(Writer.nullWriter()))
              .build();
      // what a real run loads besides: the entry point, the system context, the prefetcher
      Class.forName(Main.class.getName());
      CliContext.system();
      Prefetch.start(new String[] {"vpc", "list-vpcs"}).join();
      Ctyun.run(ctx, "--version");
      Ctyun.run(ctx, "vpc", "list-vpcs", "--region-id", "r1", "--query", "vpcs");
      Ctyun.run(ctx, "vpce", "list-endpoints", "--region-id", "r1", "--output", "table");
      Ctyun.run(ctx, "vpc", "list-vpcs", "--help");
    } finally {
      server.stop(0);
      Files.deleteIfExists(dir);
    }
  }
}
