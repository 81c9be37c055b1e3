package io.github.ctyunjava.http.jdk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An HTTP proxy on 127.0.0.1 for tests, forwarding to loopback targets only: {@code CONNECT
 * host:port} opens a tunnel, an absolute-form request ({@code GET http://host:port/...}) is passed
 * on as it is. It records every request line and its {@code Proxy-Authorization}, and can demand
 * credentials with a {@code 407}.
 */
final class TinyProxy implements AutoCloseable {
  private final ServerSocket server;
  private final List<String> requestLines = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final String requiredAuthorization;

  /** A proxy that demands {@code requiredAuthorization} (null: none). */
  TinyProxy(String requiredAuthorization) throws IOException {
    this.requiredAuthorization = requiredAuthorization;
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread t = new Thread(this::accept, "tiny-proxy-accept");
    t.setDaemon(true);
    t.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** The request lines received, e.g. {@code CONNECT 127.0.0.1:8443 HTTP/1.1}. */
  List<String> requestLines() {
    return requestLines;
  }

  /** The {@code Proxy-Authorization} of each request ({@code "-"} when absent). */
  List<String> authorizations() {
    return authorizations;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Thread t = new Thread(() -> serve(client), "tiny-proxy-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (Socket c = client) {
      InputStream in = c.getInputStream();
      OutputStream out = c.getOutputStream();
      while (true) {
        byte[] head = readHead(in);
        if (head == null) {
          return;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String line = text.substring(0, text.indexOf("\r\n"));
        String auth = header(text, "proxy-authorization");
        requestLines.add(line);
        authorizations.add(auth == null ? "-" : auth);
        if (requiredAuthorization != null && !requiredAuthorization.equals(auth)) {
          out.write(
              ("HTTP/1.1 407 Proxy Authentication Required\r\n"
                      + "Proxy-Authenticate: Basic realm=\"test\"\r\n"
                      + "Content-Length: 0\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
          continue; // the client may answer the challenge on this connection
        }
        String[] parts = line.split(" ");
        boolean connect = parts[0].equals("CONNECT");
        String authority = connect ? parts[1] : URI.create(parts[1]).getRawAuthority();
        int colon = authority.lastIndexOf(':');
        String host = authority.substring(0, colon);
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
          out.write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n".getBytes());
          return;
        }
        try (Socket target = new Socket(host, Integer.parseInt(authority.substring(colon + 1)))) {
          if (connect) {
            out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes());
            out.flush();
          } else {
            target.getOutputStream().write(head);
          }
          relay(c, target);
        }
        return;
      }
    } catch (IOException e) {
      // a side hung up: the exchange is over
    }
  }

  /** Copies bytes both ways until either side closes. */
  private static void relay(Socket a, Socket b) throws IOException {
    Thread back =
        new Thread(
            () -> {
              try {
                b.getInputStream().transferTo(a.getOutputStream());
              } catch (IOException e) {
                // closed
              } finally {
                closeQuietly(a);
              }
            },
            "tiny-proxy-relay");
    back.setDaemon(true);
    back.start();
    try {
      a.getInputStream().transferTo(b.getOutputStream());
    } finally {
      closeQuietly(b);
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  /** The request head up to and including the blank line, with any body it announces. */
  private static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    String length = header(head.toString(StandardCharsets.ISO_8859_1), "content-length");
    if (length != null) {
      head.write(in.readNBytes(Integer.parseInt(length.trim())));
    }
    return head.toByteArray();
  }

  private static String header(String head, String name) {
    for (String l : head.split("\r\n")) {
      int colon = l.indexOf(':');
      if (colon > 0 && l.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(name)) {
        return l.substring(colon + 1).trim();
      }
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
