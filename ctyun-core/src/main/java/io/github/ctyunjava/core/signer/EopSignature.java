package io.github.ctyunjava.core.signer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of signing: the three EOP headers, and the intermediate values (canonical query,
 * string to sign) a user needs to compare against another client. Holds no key material.
 */
public final class EopSignature {
  /** Header carrying the request id. */
  public static final String REQUEST_ID_HEADER = "ctyun-eop-request-id";

  /** Header carrying the Beijing-time date. */
  public static final String DATE_HEADER = "Eop-date";

  /** Header carrying the access key and signature. */
  public static final String AUTHORIZATION_HEADER = "Eop-Authorization";

  private final String requestId;
  private final String eopDate;
  private final String canonicalQuery;
  private final String wireQuery;
  private final byte[] bodyDigestHex;
  private final String authorization;

  EopSignature(
      String requestId,
      String eopDate,
      String canonicalQuery,
      String wireQuery,
      byte[] bodyDigestHex,
      String authorization) {
    this.requestId = requestId;
    this.eopDate = eopDate;
    this.canonicalQuery = canonicalQuery;
    this.wireQuery = wireQuery;
    this.bodyDigestHex = bodyDigestHex;
    this.authorization = authorization;
  }

  /** The {@code ctyun-eop-request-id} value. */
  public String requestId() {
    return requestId;
  }

  /** The {@code Eop-date} value. */
  public String eopDate() {
    return eopDate;
  }

  /** The query line that was signed. */
  public String canonicalQuery() {
    return canonicalQuery;
  }

  /**
   * The query string to put on the request line, without {@code ?}. Equal to {@link
   * #canonicalQuery()} in {@link QueryStyle#GO}.
   */
  public String wireQuery() {
    return wireQuery;
  }

  /** The exact string that was signed (built on demand: signing itself never needs it). */
  public String stringToSign() {
    return EopSigner.stringToSign(
        requestId,
        eopDate,
        canonicalQuery,
        new String(bodyDigestHex, java.nio.charset.StandardCharsets.US_ASCII));
  }

  /** The Base64 signature (the tail of {@link #authorization()}). */
  public String signature() {
    return authorization.substring(authorization.length() - 44); // Base64 of 32 bytes
  }

  /** The {@code Eop-Authorization} header value. */
  public String authorization() {
    return authorization;
  }

  /** The three headers, in the order CTyun's samples send them. */
  public Map<String, String> headers() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put(REQUEST_ID_HEADER, requestId);
    h.put(DATE_HEADER, eopDate);
    h.put(AUTHORIZATION_HEADER, authorization);
    return Collections.unmodifiableMap(h);
  }

  @Override
  public String toString() {
    // The signature is a bearer token for this request within the date window: keep it out.
    return "EopSignature{requestId=" + requestId + ", eopDate=" + eopDate + ", signature=****}";
  }
}
