package io.github.ctyunjava.local.gateway;

/**
 * What the verifier needs from an HTTP request.
 *
 * @param rawQuery query string exactly as on the request line (null or empty when none)
 * @param authorization {@code Eop-Authorization} header (null when absent)
 * @param eopDate {@code Eop-date} header (null when absent)
 * @param requestId {@code ctyun-eop-request-id} header (null when absent)
 * @param body exact body bytes
 */
public record SignedRequest(
    String rawQuery, String authorization, String eopDate, String requestId, byte[] body) {}
