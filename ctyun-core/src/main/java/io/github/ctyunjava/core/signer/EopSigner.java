package io.github.ctyunjava.core.signer;

import io.github.ctyunjava.core.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * Signs CTyun OpenAPI requests with the EOP scheme. A pure function of its inputs (no clock, no
 * I/O); thread-safe.
 *
 * <pre>
 * stringToSign = "ctyun-eop-request-id:" + requestId + "\n" + "eop-date:" + eopDate + "\n" + "\n"
 *              + canonicalQuery + "\n" + hex(sha256(body))
 * kDate = HMAC(HMAC(HMAC(SK, eopDate), AK), eopDate[0:8])
 * Eop-Authorization = AK + " Headers=ctyun-eop-request-id;eop-date Signature=" + base64(HMAC(kDate, stringToSign))
 * </pre>
 */
public final class EopSigner {
  private static final String SIGNED_HEADERS = " Headers=ctyun-eop-request-id;eop-date Signature=";
  private static final byte[] REQUEST_ID_PREFIX = ascii("ctyun-eop-request-id:");
  private static final byte[] DATE_PREFIX = ascii("\neop-date:");
  private static final byte[] BLANK_LINE = ascii("\n\n");
  private static final byte[] NEWLINE = ascii("\n");
  private static final int SIGNATURE_CHARS = 44; // Base64 of 32 bytes, with padding

  private final QueryStyle queryStyle;
  private final SigningKeys keys;

  private EopSigner(Builder b) {
    this.queryStyle = b.queryStyle;
    this.keys = new SigningKeys(b.keyCache);
  }

  /** The string to sign as UTF-8 bytes, built in one exact-size buffer. */
  private static byte[] stringToSignBytes(
      String requestId, String eopDate, String canonical, boolean asciiQuery, byte[] bodyDigest) {
    byte[] canonicalBytes = asciiQuery ? null : canonical.getBytes(StandardCharsets.UTF_8);
    int canonicalLength = canonicalBytes == null ? canonical.length() : canonicalBytes.length;
    byte[] buf =
        new byte
            [REQUEST_ID_PREFIX.length
                + requestId.length()
                + DATE_PREFIX.length
                + eopDate.length()
                + BLANK_LINE.length
                + canonicalLength
                + NEWLINE.length
                + bodyDigest.length];
    int p = put(buf, 0, REQUEST_ID_PREFIX);
    p = putAscii(buf, p, requestId); // checked visible ASCII
    p = put(buf, p, DATE_PREFIX);
    p = putAscii(buf, p, eopDate); // checked digits
    p = put(buf, p, BLANK_LINE);
    p = canonicalBytes == null ? putAscii(buf, p, canonical) : put(buf, p, canonicalBytes);
    p = put(buf, p, NEWLINE);
    put(buf, p, bodyDigest);
    return buf;
  }

  private static int put(byte[] buf, int at, byte[] bytes) {
    System.arraycopy(bytes, 0, buf, at, bytes.length);
    return at + bytes.length;
  }

  @SuppressWarnings("deprecation") // the fastest copy of a Latin-1 string; only used for ASCII
  private static int putAscii(byte[] buf, int at, String s) {
    s.getBytes(0, s.length(), buf, at);
    return at + s.length();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** A signer with the {@link QueryStyle#GO} style and the derived-key cache on. */
  public static EopSigner create() {
    return builder().build();
  }

  /** A builder for non-default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** The query style this signer uses. */
  public QueryStyle queryStyle() {
    return queryStyle;
  }

  /**
   * Signs one request.
   *
   * @param request the query pairs and body bytes to sign
   * @param credentials the AK/SK pair
   * @param eopDate the {@code Eop-date} value, Beijing time ({@link EopDate#now})
   * @param requestId the {@code ctyun-eop-request-id} value, normally a UUID
   * @throws IllegalArgumentException on a malformed date or a request id that cannot be a header
   */
  public EopSignature sign(
      SignableRequest request, Credentials credentials, String eopDate, String requestId) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(credentials, "credentials");
    if (!EopDate.isWellFormed(eopDate)) {
      throw new IllegalArgumentException(
          "Eop-date must look like 20240611T101530Z (Beijing time), got: " + eopDate);
    }
    checkRequestId(requestId);

    String canonical = CanonicalQuery.of(request.query(), queryStyle);
    String wire =
        queryStyle == QueryStyle.GO ? canonical : CanonicalQuery.seedWire(request.query());
    byte[] bodyDigest = Hashing.sha256HexBytes(request.bodyUnsafe());

    SigningKeys.Entry entry = keys.entry(credentials, eopDate);
    HmacKey key = entry.key;
    MessageDigest md = key.begin();
    // GO-style canonical queries are escaped, hence ASCII; SEED ones may hold any character
    boolean asciiQuery = queryStyle == QueryStyle.GO || isAscii(canonical);
    md.update(stringToSignBytes(requestId, eopDate, canonical, asciiQuery, bodyDigest));
    byte[] mac = key.finish(md);
    // Eop-Authorization = cached "{AK} Headers=... Signature=" + Base64(mac), in one buffer.
    byte[] prefix = entry.authorizationPrefix;
    byte[] header = Arrays.copyOf(prefix, prefix.length + SIGNATURE_CHARS);
    Base64Writer.encode32(mac, header, prefix.length);
    // Latin-1 decoding is a plain copy; it equals UTF-8 for the usual all-ASCII access key.
    String authorization =
        new String(
            header, entry.asciiPrefix ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    return new EopSignature(requestId, eopDate, canonical, wire, bodyDigest, authorization);
  }

  /**
   * The string to sign for already-canonical parts. For verifiers that build the canonical query
   * themselves (the emulator); clients should call {@link #sign}.
   */
  public static String stringToSign(
      String requestId, String eopDate, String canonicalQuery, String bodySha256Hex) {
    return "ctyun-eop-request-id:"
        + requestId
        + "\neop-date:"
        + eopDate
        + "\n\n"
        + canonicalQuery
        + '\n'
        + bodySha256Hex;
  }

  /** Lower-case hex SHA-256 of {@code bytes}, as used for the body line. */
  public static String sha256Hex(byte[] bytes) {
    return bytes.length == 0 ? Hashing.EMPTY_SHA256_HEX : Hashing.sha256Hex(bytes);
  }

  /**
   * The raw HMAC signature bytes of an arbitrary string to sign, with this signer's key cache. For
   * verifiers, which compare the result in constant time ({@link
   * java.security.MessageDigest#isEqual}).
   */
  public byte[] signatureBytes(Credentials credentials, String eopDate, String stringToSign) {
    if (!EopDate.isWellFormed(eopDate)) {
      throw new IllegalArgumentException("Eop-date must look like 20240611T101530Z");
    }
    return keys.signingKey(credentials, eopDate).mac(stringToSign.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The raw HMAC signature bytes of the string to sign of these parts ({@link #stringToSign}), with
   * this signer's key cache, built without an intermediate string. For verifiers, which compare the
   * result in constant time ({@link java.security.MessageDigest#isEqual}).
   */
  public byte[] signatureBytes(
      Credentials credentials,
      String requestId,
      String eopDate,
      String canonicalQuery,
      String bodySha256Hex) {
    if (!isAscii(requestId) || !isAscii(bodySha256Hex)) {
      return signatureBytes(
          credentials, eopDate, stringToSign(requestId, eopDate, canonicalQuery, bodySha256Hex));
    }
    if (!EopDate.isWellFormed(eopDate)) {
      throw new IllegalArgumentException("Eop-date must look like 20240611T101530Z");
    }
    byte[] toSign =
        stringToSignBytes(
            requestId, eopDate, canonicalQuery, isAscii(canonicalQuery), ascii(bodySha256Hex));
    return keys.signingKey(credentials, eopDate).mac(toSign);
  }

  private static void checkRequestId(String requestId) {
    if (requestId == null || requestId.isEmpty()) {
      throw new IllegalArgumentException("ctyun-eop-request-id must not be empty");
    }
    for (int i = 0; i < requestId.length(); i++) {
      char c = requestId.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        throw new IllegalArgumentException(
            "ctyun-eop-request-id must be visible ASCII without spaces");
      }
    }
  }

  /** Builder of {@link EopSigner}. */
  public static final class Builder {
    private QueryStyle queryStyle = QueryStyle.GO;
    private boolean keyCache = true;

    private Builder() {}

    /** The canonical query style; {@link QueryStyle#GO} by default. */
    public Builder queryStyle(QueryStyle queryStyle) {
      this.queryStyle = Objects.requireNonNull(queryStyle, "queryStyle");
      return this;
    }

    /** Whether to reuse {@code kDate} while (AK, SK, eopDate) are unchanged; on by default. */
    public Builder keyCache(boolean keyCache) {
      this.keyCache = keyCache;
      return this;
    }

    /** Builds the signer. */
    public EopSigner build() {
      return new EopSigner(this);
    }
  }
}
