package io.github.ctyunjava.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw-socket HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, byte by byte: it answers
 * nothing, trickles, resets or cuts the connection mid-body, or sends bodies that are not CTyun
 * answers. Each request gets the next scripted {@link Fault}, then the fallback; every answer
 * closes the connection. Unlike {@link TestEopServer} it does not check signatures.
 */
public final class FaultServer implements AutoCloseable {
  /** What the server does with one request, given the socket after the request was read. */
  @FunctionalInterface
  public interface Fault {
    void answer(Socket socket, OutputStream out) throws Exception;
  }

  private final ServerSocket server;
  private final ConcurrentLinkedQueue<Fault> script = new ConcurrentLinkedQueue<>();
  private final CopyOnWriteArrayList<Socket> open = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile Fault fallback = answer(200, "{\"statusCode\":800,\"returnObj\":{}}");
  private volatile boolean closed;

  /** Starts the server on a free loopback port. */
  public FaultServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "fault-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String endpoint() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** Queues faults, used in order before the fallback. */
  public FaultServer enqueue(Fault... faults) {
    for (Fault f : faults) {
      script.add(f);
    }
    return this;
  }

  /** The fault once the script is used up. */
  public FaultServer fallback(Fault fault) {
    this.fallback = fault;
    return this;
  }

  /** How many complete requests arrived. */
  public int requests() {
    return requests.get();
  }

  // ---- faults ----

  /** A complete answer with {@code Content-Length}, plus extra {@code headers} ("Name: value"). */
  public static Fault answer(int status, String body, String... headers) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return (socket, out) -> {
      out.write(head(status, "Content-Length: " + bytes.length, headers));
      out.write(bytes);
      out.flush();
    };
  }

  /** Reads the request and never answers (until the client gives up or the server closes). */
  public static Fault silence() {
    return (socket, out) -> {
      InputStream in = socket.getInputStream();
      while (in.read() != -1) {
        // the client sends nothing more; read() returns when it closes the connection
      }
    };
  }

  /** Sends the headers, then the body one byte per {@code every}. */
  public static Fault trickleBody(String body, Duration every) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return (socket, out) -> {
      out.write(head(200, "Content-Length: " + bytes.length));
      out.flush();
      for (byte b : bytes) {
        out.write(b);
        out.flush();
        Thread.sleep(every.toMillis());
      }
    };
  }

  /** Sends the status line and headers one byte per {@code every}. */
  public static Fault trickleHead(Duration every) {
    return (socket, out) -> {
      for (byte b : head(200, "Content-Length: 2")) {
        out.write(b);
        out.flush();
        Thread.sleep(every.toMillis());
      }
      out.write("{}".getBytes(StandardCharsets.US_ASCII));
    };
  }

  /** Announces {@code body}, sends its first {@code sent} bytes, then resets the connection. */
  public static Fault resetMidBody(String body, int sent) {
    return partial(body, sent, true);
  }

  /** Announces {@code body}, sends its first {@code sent} bytes, then closes cleanly (FIN). */
  public static Fault truncated(String body, int sent) {
    return partial(body, sent, false);
  }

  private static Fault partial(String body, int sent, boolean reset) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return (socket, out) -> {
      out.write(head(200, "Content-Length: " + bytes.length));
      out.write(bytes, 0, sent);
      out.flush();
      if (reset) {
        socket.setSoLinger(true, 0); // close() now sends RST instead of FIN
      }
    };
  }

  /**
   * A 200 of {@code size} bytes of a JSON string, with {@code Content-Length} or chunked; stops
   * when the client hangs up.
   */
  public static Fault huge(long size, boolean chunked) {
    return (socket, out) -> {
      out.write(
          chunked ? head(200, "Transfer-Encoding: chunked") : head(200, "Content-Length: " + size));
      byte[] block = new byte[64 * 1024];
      java.util.Arrays.fill(block, (byte) 'a');
      try {
        for (long left = size; left > 0; ) {
          int n = (int) Math.min(block.length, left);
          if (chunked) {
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          }
          out.write(block, 0, n);
          if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
          left -= n;
        }
        if (chunked) {
          out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
      } catch (SocketException clientHungUp) {
        // expected: the client refuses the body
      }
    };
  }

  private static byte[] head(int status, String length, String... headers) {
    StringBuilder sb =
        new StringBuilder("HTTP/1.1 ")
            .append(status)
            .append(status == 200 ? " OK" : " Status")
            .append("\r\nContent-Type: application/json\r\nConnection: close\r\n")
            .append(length)
            .append("\r\n");
    for (String h : headers) {
      sb.append(h).append("\r\n");
    }
    return sb.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  // ---- server ----

  private void acceptLoop() {
    while (!closed) {
      Socket s;
      try {
        s = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      open.add(s);
      Thread t = new Thread(() -> serve(s), "fault-server-conn");
      t.setDaemon(true);
      t.start();
    }
  }

  private void serve(Socket s) {
    try (Socket socket = s) {
      readRequest(socket.getInputStream());
      requests.incrementAndGet();
      Fault f = script.poll();
      (f != null ? f : fallback).answer(socket, socket.getOutputStream());
    } catch (Exception e) {
      // the client hung up or the server is closing: nothing to report
    } finally {
      open.remove(s);
    }
  }

  /** Reads the request line, headers and a {@code Content-Length} body. */
  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("request ended early");
      }
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    long length = 0;
    for (String line : head.toString("ISO-8859-1").split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0
          && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
        length = Long.parseLong(line.substring(colon + 1).trim());
      }
    }
    for (long i = 0; i < length; i++) {
      if (in.read() < 0) {
        throw new IOException("request body ended early");
      }
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    for (Socket s : open) {
      s.close();
    }
  }
}
