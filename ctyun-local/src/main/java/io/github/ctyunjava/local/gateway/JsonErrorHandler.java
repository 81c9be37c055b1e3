package io.github.ctyunjava.local.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.api.ReplyEnvelope;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Answers errors raised by Jetty itself (bad HTTP, oversized headers) as JSON, no stack trace. */
public final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  private static byte[] body(int code) {
    ApiError e =
        ApiError.gateway(code, "Eop.Request.Malformed", "malformed HTTP request", "HTTP请求格式错误");
    try {
      return JSON.writeValueAsBytes(ReplyEnvelope.error(e));
    } catch (JsonProcessingException ex) {
      return "{}".getBytes(StandardCharsets.UTF_8);
    }
  }
}
