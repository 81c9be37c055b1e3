package io.github.ctyunjava.local.gateway;

import io.github.ctyunjava.core.signer.EopDate;
import io.github.ctyunjava.core.signer.EopSigner;
import io.github.ctyunjava.local.api.ApiError;
import io.github.ctyunjava.local.store.Account;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Verifies the EOP signature of a request the way the CTyun gateway most likely does: headers, date
 * window, AK lookup, then the signature over the raw query and the exact body, compared in constant
 * time. Thread-safe.
 */
public final class EopVerifier {
  private static final String SIGNED_HEADERS = "ctyun-eop-request-id;eop-date";
  private static final int MAX_REQUEST_ID = 128;

  private final EopSigner signer = EopSigner.create();
  private final AccountLookup accounts;
  private final VerifierSettings settings;
  private final ReplayGuard replay;

  /** The last well-formed date read: clients send the same one for a whole second. */
  private volatile ParsedDate lastDate = new ParsedDate("", Instant.EPOCH);

  private record ParsedDate(String text, Instant instant) {}

  /** A verifier using {@code accounts} to find secrets, remembering request ids in memory. */
  public EopVerifier(AccountLookup accounts, VerifierSettings settings) {
    this(accounts, settings, ReplayGuard.inMemory());
  }

  /** A verifier recording request ids in {@code replay} (when the settings reject replays). */
  public EopVerifier(AccountLookup accounts, VerifierSettings settings, ReplayGuard replay) {
    this.accounts = accounts;
    this.settings = settings;
    this.replay = replay;
  }

  /**
   * Checks the request.
   *
   * @return the calling account
   * @throws ApiError 401 or 403 with a reason code when the request is not authentic
   */
  public Account verify(SignedRequest req) {
    String auth = require(req.authorization(), "Eop-Authorization");
    String date = require(req.eopDate(), "Eop-date");
    String requestId = require(req.requestId(), "ctyun-eop-request-id");
    if (requestId.length() > MAX_REQUEST_ID || !isPrintableAscii(requestId)) {
      throw reject(
          401,
          "Eop.Auth.InvalidRequestId",
          "ctyun-eop-request-id must be 1-128 printable ASCII characters",
          "请求头ctyun-eop-request-id格式错误");
    }
    EopAuthorization parts = EopAuthorization.parse(auth);
    if (parts == null || !parts.headers().toLowerCase(Locale.ROOT).equals(SIGNED_HEADERS)) {
      throw reject(
          401,
          "Eop.Auth.MalformedAuthorization",
          "Eop-Authorization must be '{AK} Headers=ctyun-eop-request-id;eop-date Signature={base64}'",
          "请求头Eop-Authorization格式错误");
    }
    checkDate(date);
    String ak = parts.accessKey();
    Account account =
        accounts
            .find(ak)
            .orElseThrow(
                () ->
                    reject(
                        401,
                        "Eop.Auth.UnknownAccessKey",
                        "the access key is not known to this emulator",
                        "AccessKey不存在"));
    byte[] given = parts.signature().getBytes(StandardCharsets.US_ASCII);
    String bodyHash = EopSigner.sha256Hex(req.body());
    List<String> candidates =
        QueryCanonicalizer.candidates(req.rawQuery(), settings.lenientQuery());
    boolean ok = false;
    for (String canonical : candidates) {
      // compare the canonical Base64 text, so no other spelling of the same bytes passes
      byte[] expected =
          Base64.getEncoder()
              .encode(
                  signer.signatureBytes(
                      account.credentials(), requestId, date, canonical, bodyHash));
      // evaluate every candidate: the time taken does not depend on which one matched
      ok |= MessageDigest.isEqual(expected, given);
    }
    if (!ok) {
      Map<String, String> details = new LinkedHashMap<>();
      details.put("canonicalQuery", candidates.get(0));
      details.put(
          "stringToSign", EopSigner.stringToSign(requestId, date, candidates.get(0), bodyHash));
      throw reject(
              401,
              "Eop.Auth.SignatureMismatch",
              "the signature does not match; compare stringToSign with the one your client signed",
              "签名校验失败")
          .withDetails(details);
    }
    if (settings.rejectReplay() && !firstUse(ak + " " + requestId)) {
      throw reject(
          401,
          "Eop.Auth.ReplayedRequest",
          "this ctyun-eop-request-id was already used",
          "请求ID重复使用");
    }
    return account;
  }

  private boolean firstUse(String key) {
    Instant now = now();
    // a request id stays refused while its date can still pass the window, plus a margin
    Instant until = now.plus(settings.window().multipliedBy(2).plusMinutes(1));
    return replay.firstUse(key, until, now);
  }

  private void checkDate(String date) {
    Instant t;
    try {
      t = parseDate(date);
    } catch (IllegalArgumentException e) {
      throw reject(
          401,
          "Eop.Auth.MalformedDate",
          "Eop-date must be yyyyMMddTHHmmssZ in Beijing time, e.g. 20240611T101530Z",
          "请求头Eop-date格式错误");
    }
    Instant now = now();
    if (within(t, now)) {
      return;
    }
    Instant asUtc = t.atZone(EopDate.BEIJING).toLocalDateTime().toInstant(ZoneOffset.UTC);
    boolean looksUtc = within(asUtc, now);
    if (looksUtc && settings.acceptUtcDates()) {
      return;
    }
    if (looksUtc) {
      throw reject(
          403,
          "Eop.Auth.DateOutOfWindow",
          "Eop-date "
              + date
              + " looks like UTC: CTyun expects Beijing time (UTC+8), e.g. "
              + EopDate.format(now)
              + "; fix the client's clock zone, or start the emulator with --accept-utc-dates"
              + " for clients that cannot be fixed",
          "请求时间Eop-date疑似为UTC时间，天翼云要求北京时间(UTC+8)");
    }
    throw reject(
        403,
        "Eop.Auth.DateOutOfWindow",
        "Eop-date is more than "
            + settings.window().toMinutes()
            + " minutes away from the server's Beijing time "
            + EopDate.format(now),
        "请求时间Eop-date已过期或超前");
  }

  private Instant parseDate(String date) {
    ParsedDate last = lastDate;
    if (last.text().equals(date)) {
      return last.instant();
    }
    Instant t = EopDate.parse(date);
    // the parser resolves impossible values (hour 24, 31 November) to real ones: refuse those
    if (!EopDate.format(t).equals(date)) {
      throw new IllegalArgumentException("not a real date and time");
    }
    lastDate = new ParsedDate(date, t);
    return t;
  }

  private boolean within(Instant t, Instant now) {
    Duration window = settings.window();
    if (t.getNano() == 0 && window.getNano() == 0) {
      // whole seconds (every Eop-date): the seconds apart decide, unless right at the edge
      long apart = Math.abs(now.getEpochSecond() - t.getEpochSecond());
      if (apart != window.getSeconds()) {
        return apart < window.getSeconds();
      }
    }
    return Duration.between(t, now).abs().compareTo(window) <= 0;
  }

  private Instant now() {
    return settings.clock().instant();
  }

  private static String require(String value, String header) {
    if (value == null || value.isEmpty()) {
      throw reject(
          401, "Eop.Auth.MissingHeader", "missing request header " + header, "缺少请求头" + header);
    }
    return value;
  }

  private static boolean isPrintableAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  private static ApiError reject(int status, String code, String message, String description) {
    return ApiError.gateway(status, code, message, description);
  }
}
