package io.github.ctyunjava.local.testing;

import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.signer.EopDate;
import io.github.ctyunjava.core.signer.EopSignature;
import io.github.ctyunjava.core.signer.EopSigner;
import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.core.signer.SignableRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Signs requests with the SDK's signer and sends them over {@link RawHttp} (tests only). */
public final class EopClient {
  private final int port;
  private final Credentials credentials;
  private final Clock clock;
  private final EopSigner signer = EopSigner.create();

  public EopClient(int port, Credentials credentials, Clock clock) {
    this.port = port;
    this.credentials = credentials;
    this.clock = clock;
  }

  /** A GET with query pairs {@code k1, v1, k2, v2...}. */
  public RawHttp.Answer get(String path, String... kv) {
    List<QueryParam> q = new ArrayList<>();
    for (int i = 0; i < kv.length; i += 2) {
      q.add(QueryParam.of(kv[i], kv[i + 1]));
    }
    return send("GET", path, q, null, Map.of());
  }

  /** A POST with a JSON body. */
  public RawHttp.Answer post(String path, String json) {
    return send("POST", path, List.of(), json, Map.of("Content-Type", "application/json"));
  }

  /** A signed request. */
  public RawHttp.Answer send(
      String method, String path, List<QueryParam> query, String body, Map<String, String> extra) {
    SignableRequest.Builder b = SignableRequest.builder().method(method).path(path).query(query);
    byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
    if (bytes != null) {
      b.body(bytes);
    }
    EopSignature sig =
        signer.sign(b.build(), credentials, EopDate.now(clock), UUID.randomUUID().toString());
    Map<String, String> headers = new LinkedHashMap<>(sig.headers());
    headers.putAll(extra);
    String target = sig.wireQuery().isEmpty() ? path : path + "?" + sig.wireQuery();
    return RawHttp.send(port, method, target, headers, bytes);
  }
}
