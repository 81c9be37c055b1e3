package io.github.ctyunjava.core.signer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctyunjava.core.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/**
 * Cross-checks {@link EopSigner} against a reference signer written here from {@code
 * spec/eop-protocol.md} §2–§4 alone (plain {@link Mac}, plain string building), on random requests:
 * Unicode (including supplementary characters), reserved and control characters, repeated keys, key
 * prefixes, empty values and bodies.
 */
class EopSignerPropertiesTest {
  private static final EopSigner SIGNER = EopSigner.create(); // shared: exercises the key cache
  private static final DateTimeFormatter EOP_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("Asia/Shanghai"));

  @Property(tries = 2000)
  void signerAgreesWithTheReference(@ForAll("requests") Case c) throws Exception {
    SignableRequest.Builder b = SignableRequest.builder().method("POST").path("/v4/x").body(c.body);
    for (Tuple2<String, String> p : c.params) {
      b.addQueryParam(p.get1(), p.get2());
    }
    EopSignature actual =
        SIGNER.sign(b.build(), Credentials.of(c.ak, c.sk), c.eopDate, c.requestId);

    String canonical = Reference.canonicalQuery(c.params);
    String stringToSign = Reference.stringToSign(c.requestId, c.eopDate, canonical, c.body);
    assertThat(actual.canonicalQuery()).isEqualTo(canonical);
    assertThat(actual.wireQuery()).isEqualTo(canonical); // what is sent is what is signed
    assertThat(actual.stringToSign()).isEqualTo(stringToSign);
    assertThat(actual.authorization())
        .isEqualTo(Reference.authorization(c.ak, c.sk, c.eopDate, stringToSign));
    Statistics.label("repeated key").collect(hasRepeatedKey(c.params));
    Statistics.label("non-ASCII").collect(!isAscii(c.params.toString()));
  }

  /** One random request and its signing inputs (one parameter, so jqwik shrinks it as a whole). */
  static final class Case {
    final List<Tuple2<String, String>> params;
    final byte[] body;
    final String ak;
    final String sk;
    final String eopDate;
    final String requestId;

    Case(
        List<Tuple2<String, String>> params,
        byte[] body,
        String ak,
        String sk,
        String eopDate,
        String requestId) {
      this.params = params;
      this.body = body;
      this.ak = ak;
      this.sk = sk.isEmpty() ? "s" : sk;
      this.eopDate = eopDate;
      this.requestId = requestId;
    }

    @Override
    public String toString() {
      return "Case{params="
          + params
          + ", body="
          + new String(body, StandardCharsets.UTF_8)
          + ", ak="
          + ak
          + ", date="
          + eopDate
          + ", id="
          + requestId
          + "}";
    }
  }

  @Provide
  Arbitrary<Case> requests() {
    return Combinators.combine(params(), bodies(), accessKeys(), texts(), dates(), requestIds())
        .as(Case::new);
  }

  private static boolean hasRepeatedKey(List<Tuple2<String, String>> params) {
    return params.stream().map(Tuple2::get1).distinct().count() < params.size();
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < 128);
  }

  // ---- generators ----

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Integer> codePoint =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.integers().between(0x20, 0x7e)),
            Tuple.of(4, Arbitraries.of(codePoints(" &=+%#?/;:,@!$'()*[]~-_.\"\\<>{}|^`"))),
            Tuple.of(2, Arbitraries.integers().between(0x4e00, 0x9fff)),
            Tuple.of(1, Arbitraries.integers().between(0x80, 0x7ff)),
            Tuple.of(1, Arbitraries.integers().between(0x1f600, 0x1f64f)),
            // above the surrogates: UTF-16 order and UTF-8 byte order disagree with emoji
            Tuple.of(1, Arbitraries.integers().between(0xff01, 0xff60)),
            Tuple.of(1, Arbitraries.of(0x00, 0x09, 0x0a, 0x0d, 0x7f)));
    return codePoint
        .list()
        .ofMaxSize(12)
        .map(
            cps -> {
              StringBuilder sb = new StringBuilder();
              cps.forEach(sb::appendCodePoint);
              return sb.toString();
            });
  }

  @Provide
  Arbitrary<List<Tuple2<String, String>>> params() {
    // a small pool of keys makes repeats and prefix traps ("page" < "page-no") frequent
    Arbitrary<String> key =
        Arbitraries.oneOf(
            Arbitraries.of(
                "regionID", "page", "page-no", "pageNo", "a", "a b", "测试", "🚀", "k=v", ""),
            texts());
    Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.just(""), texts());
    return Combinators.combine(key, value).as(Tuple::of).list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<byte[]> bodies() {
    return Arbitraries.oneOf(
        Arbitraries.just(new byte[0]),
        texts().map(t -> ("{\"name\":\"" + t + "\"}").getBytes(StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
  }

  @Provide
  Arbitrary<String> accessKeys() {
    return texts()
        .filter(s -> !s.trim().isEmpty())
        .filter(
            s ->
                s.codePoints()
                    .noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)));
  }

  @Provide
  Arbitrary<String> dates() {
    long from = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2099-12-31T23:59:59Z").getEpochSecond();
    return Arbitraries.longs()
        .between(from, to)
        .map(s -> EOP_DATE.format(Instant.ofEpochSecond(s)));
  }

  @Provide
  Arbitrary<String> requestIds() {
    return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40);
  }

  private static Integer[] codePoints(String s) {
    return s.codePoints().boxed().toArray(Integer[]::new);
  }

  /** The reference: eop-protocol.md read literally, nothing shared with the SDK. */
  static final class Reference {
    private Reference() {}

    /**
     * §4.3: keys sorted by UTF-8 bytes, a key's values in insertion order, key and value escaped
     * with Go's QueryEscape set, joined as k=v with &.
     */
    static String canonicalQuery(List<Tuple2<String, String>> params) {
      Map<String, List<String>> byKey =
          new TreeMap<>(
              (x, y) ->
                  Arrays.compareUnsigned(
                      x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8)));
      for (Tuple2<String, String> p : params) {
        byKey.computeIfAbsent(p.get1(), k -> new ArrayList<>()).add(p.get2());
      }
      List<String> pairs = new ArrayList<>();
      for (Map.Entry<String, List<String>> e : byKey.entrySet()) {
        for (String v : e.getValue()) {
          pairs.add(goQueryEscape(e.getKey()) + "=" + goQueryEscape(v));
        }
      }
      return String.join("&", pairs);
    }

    static String goQueryEscape(String s) {
      StringBuilder sb = new StringBuilder();
      for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
        char c = (char) (b & 0xff);
        if ((c >= 'A' && c <= 'Z')
            || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9')
            || c == '-'
            || c == '_'
            || c == '.'
            || c == '~') {
          sb.append(c);
        } else if (c == ' ') {
          sb.append('+');
        } else {
          sb.append('%').append(String.format("%02X", b & 0xff));
        }
      }
      return sb.toString();
    }

    /** §2, with the blank line and no trailing newline. */
    static String stringToSign(String requestId, String eopDate, String query, byte[] body)
        throws Exception {
      StringBuilder hex = new StringBuilder();
      for (byte b : MessageDigest.getInstance("SHA-256").digest(body)) {
        hex.append(String.format("%02x", b & 0xff));
      }
      return "ctyun-eop-request-id:"
          + requestId
          + "\n"
          + "eop-date:"
          + eopDate
          + "\n"
          + "\n"
          + query
          + "\n"
          + hex;
    }

    /** §2 key chain: kTime, kAk, kDate, then the Base64 (padded) signature. */
    static String authorization(String ak, String sk, String eopDate, String stringToSign)
        throws Exception {
      byte[] kTime = hmac(sk.getBytes(StandardCharsets.UTF_8), eopDate);
      byte[] kAk = hmac(kTime, ak);
      byte[] kDate = hmac(kAk, eopDate.substring(0, 8));
      String signature = Base64.getEncoder().encodeToString(hmac(kDate, stringToSign));
      return ak + " Headers=ctyun-eop-request-id;eop-date Signature=" + signature;
    }

    private static byte[] hmac(byte[] key, String message) throws Exception {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }
  }
}
