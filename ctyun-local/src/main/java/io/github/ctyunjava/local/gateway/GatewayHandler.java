package io.github.ctyunjava.local.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.signer.EopSignature;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.Operation;
import io.github.ctyunjava.local.api.RequestValidator;
import io.github.ctyunjava.local.api.Router;
import io.github.ctyunjava.local.service.ApiDispatcher;
import io.github.ctyunjava.local.store.Account;
import io.github.ctyunjava.local.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP entry point: body limit, EOP verification, routing, faults, validation, dispatch; every
 * answer is JSON and every request gets one log line (method, path, status, errorCode, ms).
 */
public final class GatewayHandler extends Handler.Abstract {
  private static final Logger ACCESS = LoggerFactory.getLogger("io.github.ctyunjava.local.access");
  private static final Logger LOG = LoggerFactory.getLogger(GatewayHandler.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] EMPTY = new byte[0];

  private final EopVerifier verifier;
  private final Router router;
  private final ApiDispatcher dispatcher;
  private final AdminEndpoints admin;
  private final FaultInjector faults;
  private final int maxBodyBytes;
  private final Map<String, String> codeOverrides;

  /** A handler wiring the gateway's parts together. */
  public GatewayHandler(
      EopVerifier verifier,
      Router router,
      ApiDispatcher dispatcher,
      AdminEndpoints admin,
      FaultInjector faults,
      int maxBodyBytes,
      Map<String, String> codeOverrides) {
    super(InvocationType.BLOCKING);
    this.codeOverrides = Map.copyOf(codeOverrides);
    this.verifier = verifier;
    this.router = router;
    this.dispatcher = dispatcher;
    this.admin = admin;
    this.faults = faults;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    long start = System.nanoTime();
    String method = request.getMethod();
    String path = request.getHttpURI().getPath();
    Outcome out;
    try {
      out = answer(request, method, path == null ? "/" : path);
    } catch (ApiError e) {
      String replacement = codeOverrides.get(e.errorCode());
      out = Outcome.error(replacement == null ? e : e.withErrorCode(replacement));
    } catch (StoreException e) {
      // the database is down or failing: one line, no stack trace, an answer the client retries
      LOG.warn("store failure on {} {}: {}", method, truncate(path), e.getMessage());
      out =
          Outcome.error(
              ApiError.gateway(
                  503, "Eop.Store.Unavailable", "the emulator's store failed; retry", "模拟器存储暂不可用"));
    } catch (RuntimeException e) {
      LOG.error("unexpected failure on {} {}", method, path, e);
      out =
          Outcome.error(
              ApiError.gateway(
                  503,
                  "Eop.Internal.Error",
                  "the emulator failed to handle this request; see its log",
                  "模拟器内部错误"));
    }
    byte[] bytes;
    try {
      bytes = JSON.writeValueAsBytes(out.body());
    } catch (JsonProcessingException e) {
      bytes =
          "{\"statusCode\":503,\"errorCode\":\"Eop.Internal.Error\"}"
              .getBytes(StandardCharsets.UTF_8);
    }
    response.setStatus(out.httpStatus());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    String rid = request.getHeaders().get(EopSignature.REQUEST_ID_HEADER);
    if (rid != null && rid.length() <= 128) {
      response.getHeaders().put(EopSignature.REQUEST_ID_HEADER, rid);
    }
    if (ACCESS.isInfoEnabled()) {
      ACCESS.info(
          "{} {} {} {} {}ms",
          method,
          truncate(path),
          out.httpStatus(),
          out.errorCode(),
          (System.nanoTime() - start) / 1_000_000);
    }
    response.write(true, ByteBuffer.wrap(bytes), callback);
    return true;
  }

  private Outcome answer(Request request, String method, String path) {
    if (path.startsWith(AdminEndpoints.PREFIX)) {
      return admin.handle(
          method, path, request.getHeaders().get(AdminEndpoints.TOKEN_HEADER), readBody(request));
    }
    byte[] body = readBody(request);
    String rawQuery = request.getHttpURI().getQuery();
    Account account =
        verifier.verify(
            new SignedRequest(
                rawQuery,
                signedHeader(request, EopSignature.AUTHORIZATION_HEADER),
                signedHeader(request, EopSignature.DATE_HEADER),
                signedHeader(request, EopSignature.REQUEST_ID_HEADER),
                body));
    Operation op = router.route(request.getHeaders().get(HttpHeader.HOST), path, method);
    JsonNode json = null;
    if (body.length > 0) {
      boolean isJson = isJson(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
      if (!isJson && "POST".equals(method)) {
        throw ApiError.gateway(
            415,
            "Eop.Request.UnsupportedMediaType",
            "send the body as application/json",
            "请求体的Content-Type必须是application/json");
      }
      if (isJson) {
        json = JsonBodies.parse(body);
      }
    }
    faults.apply();
    ObjectNode params = RequestValidator.validate(op, decodeQuery(rawQuery), json);
    return Outcome.ok(dispatcher.dispatch(op, account, params));
  }

  /** The one value of a header the signature covers; a second copy (any case) is a rejection. */
  private static String signedHeader(Request request, String name) {
    List<String> values = request.getHeaders().getValuesList(name);
    if (values.size() > 1) {
      throw ApiError.gateway(
          401,
          "Eop.Auth.DuplicateHeader",
          "request header " + name + " must appear only once",
          "请求头" + name + "重复");
    }
    return values.isEmpty() ? null : values.get(0);
  }

  private byte[] readBody(Request request) {
    long declared = request.getLength();
    if (declared > maxBodyBytes) {
      throw tooLarge();
    }
    if (declared == 0
        || declared < 0 && !request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
      return EMPTY; // Content-Length 0, or neither it nor a chunked body (RFC 9112 6.3): no body
    }
    byte[] body;
    try (InputStream in = Content.Source.asInputStream(request)) {
      body = in.readNBytes(maxBodyBytes + 1);
    } catch (IOException | RuntimeException e) {
      // a short, malformed or aborted body is the client's doing: answer it, log no stack trace
      throw unreadableBody(e);
    }
    if (body.length > maxBodyBytes) {
      throw tooLarge();
    }
    return body;
  }

  private static ApiError unreadableBody(Exception e) {
    return ApiError.gateway(
        400,
        "Eop.Request.Malformed",
        "the request body could not be read (" + e.getClass().getSimpleName() + ")",
        "请求体不完整或格式错误");
  }

  private ApiError tooLarge() {
    return ApiError.gateway(
        413,
        "Eop.Request.BodyTooLarge",
        "the request body exceeds " + maxBodyBytes + " bytes",
        "请求体过大");
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String base = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return base.equals("application/json") || base.endsWith("+json");
  }

  /** Decodes the query into pairs; bad escapes or non-UTF-8 bytes are a parameter error. */
  static List<Map.Entry<String, String>> decodeQuery(String rawQuery) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String pair : QueryCanonicalizer.rawPairs(rawQuery)) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        out.add(
            new AbstractMap.SimpleImmutableEntry<>(
                QueryCanonicalizer.decodeStrict(k), QueryCanonicalizer.decodeStrict(v)));
      } catch (IllegalArgumentException e) {
        throw ApiError.parameter(
            "the query string is not valid percent-encoded UTF-8", "查询参数编码不合法");
      }
    }
    return out;
  }

  private static String truncate(String path) {
    if (path == null) {
      return "-";
    }
    return path.length() > 200 ? path.substring(0, 200) + "..." : path;
  }
}
