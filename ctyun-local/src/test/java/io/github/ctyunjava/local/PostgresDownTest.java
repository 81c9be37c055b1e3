package io.github.ctyunjava.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.local.testing.Api;
import io.github.ctyunjava.local.testing.Local;
import io.github.ctyunjava.local.testing.RawHttp;
import io.github.ctyunjava.local.testing.TestClock;
import io.github.ctyunjava.local.testing.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With its PostgreSQL gone, the emulator says DOWN and fails calls within seconds, as JSON. */
class PostgresDownTest {
  @TempDir Path dir;
  TestClock clock = Local.clock();

  /** A loopback TCP relay to the database that the test can cut. */
  static final class Relay implements AutoCloseable {
    final ServerSocket server;
    final List<Socket> sockets = new CopyOnWriteArrayList<>();

    Relay(String host, int port) throws IOException {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      Thread accept =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try {
                    Socket in = server.accept();
                    Socket out = new Socket(host, port);
                    sockets.add(in);
                    sockets.add(out);
                    pipe(in, out);
                    pipe(out, in);
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      accept.setDaemon(true);
      accept.start();
    }

    private static void pipe(Socket from, Socket to) {
      Thread t =
          new Thread(
              () -> {
                try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                  in.transferTo(out);
                } catch (IOException e) {
                  // cut
                }
              });
      t.setDaemon(true);
      t.start();
    }

    int port() {
      return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      server.close();
      for (Socket s : sockets) {
        s.close();
      }
    }
  }

  @Test
  void healthIsDownAndCallsFailFastWith503() throws Exception {
    try (TestPostgres.Schema schema = TestPostgres.require().freshSchema()) {
      TestPostgres.Server pg = schema.asServer();
      URI real = URI.create(pg.url().substring("jdbc:".length()));
      try (Relay relay = new Relay(real.getHost(), real.getPort() < 0 ? 5432 : real.getPort())) {
        String viaRelay =
            "jdbc:postgresql://127.0.0.1:"
                + relay.port()
                + real.getRawPath()
                + (real.getRawQuery() == null ? "" : "?" + real.getRawQuery());
        try (CtyunLocal local =
            Local.start(
                dir, clock, o -> o.dbUrl(viaRelay).dbUser(pg.user()).dbPassword(pg.password()))) {
          Api api = new Api(local, clock);
          Api.ok(api.get("/v4/vpc/list"));
          RawHttp.Answer up = RawHttp.send(local.port(), "GET", "/_ctyun/health", Map.of(), null);
          assertThat(up.returnObj().path("status").asText()).isEqualTo("UP");

          relay.close();

          long t0 = System.nanoTime();
          RawHttp.Answer down = RawHttp.send(local.port(), "GET", "/_ctyun/health", Map.of(), null);
          long healthMs = (System.nanoTime() - t0) / 1_000_000;
          assertThat(down.status()).isEqualTo(503);
          assertThat(down.json().path("status").asText()).isEqualTo("DOWN");
          assertThat(healthMs).isLessThan(8_000);

          t0 = System.nanoTime();
          RawHttp.Answer call = api.get("/v4/vpc/list");
          long callMs = (System.nanoTime() - t0) / 1_000_000;
          assertThat(call.status()).as(call.body()).isEqualTo(503);
          assertThat(call.errorCode()).isEqualTo("Eop.Store.Unavailable");
          assertThat(callMs).isLessThan(8_000);
          System.out.printf("postgres down: health %d ms, call %d ms%n", healthMs, callMs);
        }
      }
    }
  }
}
