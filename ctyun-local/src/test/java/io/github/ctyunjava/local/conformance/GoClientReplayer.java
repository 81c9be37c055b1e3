package io.github.ctyunjava.local.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ctyunjava.core.auth.Credentials;
import io.github.ctyunjava.core.signer.EopDate;
import io.github.ctyunjava.core.signer.EopSignature;
import io.github.ctyunjava.core.signer.EopSigner;
import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.core.signer.QueryStyle;
import io.github.ctyunjava.core.signer.SignableRequest;
import io.github.ctyunjava.local.testing.RawHttp;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a request on the wire the way a CTyun Go client does for one {@link ContractRecord}: query
 * parameters and body keys in the client's order, unset fields as the client writes them (empty
 * query values, JSON {@code null}, zero values), GET bodies, Go header casing, a browser-like
 * User-Agent, and an {@code Eop-Date} from the clock in Beijing time.
 */
public final class GoClientReplayer {
  /** What the Go clients put in {@code User-Agent} (a browser string, not a library name). */
  public static final String USER_AGENT =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
          + " Chrome/91.0.4472.124 Safari/537.36";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Pattern SENT_AS =
      Pattern.compile("^sent (?:as |with an empty value \\()\\w+=([^)]*)\\)?$");

  private final int port;
  private final Credentials credentials;
  private final Clock clock;
  private final EopSigner signer = EopSigner.builder().queryStyle(QueryStyle.GO).build();

  public GoClientReplayer(int port, Credentials credentials, Clock clock) {
    this.port = port;
    this.credentials = credentials;
    this.clock = clock;
  }

  /**
   * Sends the record's request with the caller's values; fields without a value go out as unset.
   *
   * @throws IllegalArgumentException when a field the client requires has no value (a flow bug)
   */
  public RawHttp.Answer send(ContractRecord record, ObjectNode values) {
    requireValuesForRequiredFields(record, values);
    List<QueryParam> query = query(record, values);
    byte[] body = null;
    if (record.hasBody()) {
      body = write(object(record.body(), values));
    }
    SignableRequest.Builder b =
        SignableRequest.builder().method(record.method()).path(record.path()).query(query);
    if (body != null) {
      b.body(body);
    }
    EopSignature sig =
        signer.sign(b.build(), credentials, EopDate.now(clock), UUID.randomUUID().toString());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", USER_AGENT);
    if (body != null) {
      headers.put("Content-Type", "application/json");
    }
    headers.put("Ctyun-Eop-Request-Id", sig.requestId());
    headers.put("Eop-Authorization", sig.authorization());
    headers.put("Eop-Date", sig.eopDate());
    headers.put("Accept-Encoding", "gzip");
    String target =
        sig.wireQuery().isEmpty() ? record.path() : record.path() + "?" + sig.wireQuery();
    return RawHttp.send(port, record.method(), target, headers, body);
  }

  private static void requireValuesForRequiredFields(ContractRecord record, ObjectNode values) {
    List<JsonNode> fields = new ArrayList<>(record.query());
    fields.addAll(record.body());
    for (JsonNode f : fields) {
      String name = f.path("name").asText();
      if (f.path("required").asBoolean(false) && !values.hasNonNull(name)) {
        throw new IllegalArgumentException(record + " requires " + name + "; the flow gives none");
      }
    }
  }

  private static List<QueryParam> query(ContractRecord record, ObjectNode values) {
    List<QueryParam> out = new ArrayList<>();
    for (JsonNode f : record.query()) {
      String name = f.path("name").asText();
      JsonNode v = values.get(name);
      if (v != null && !v.isNull()) {
        out.add(QueryParam.of(name, text(v)));
        continue;
      }
      Matcher m = SENT_AS.matcher(f.path("unsetSentAs").asText());
      if (m.matches()) {
        out.add(QueryParam.of(name, m.group(1)));
      } else if (!"omitted".equals(f.path("unsetSentAs").asText())) {
        throw new IllegalStateException("unknown unsetSentAs for " + name + ": " + f);
      }
    }
    return out;
  }

  /** A value as the client's query encoding writes it; lists are joined with commas. */
  private static String text(JsonNode v) {
    if (!v.isArray()) {
      return v.asText();
    }
    List<String> parts = new ArrayList<>();
    v.forEach(item -> parts.add(item.asText()));
    return String.join(",", parts);
  }

  /** The JSON object of {@code fields} in struct order, unset keys as the client writes them. */
  private static ObjectNode object(List<JsonNode> fields, JsonNode values) {
    ObjectNode out = F.objectNode();
    for (JsonNode f : fields) {
      String name = f.path("name").asText();
      JsonNode v = values.get(name);
      if (v == null || v.isNull()) {
        JsonNode unset = unset(f);
        if (unset != null) {
          out.set(name, unset);
        }
      } else if (v.isArray() && f.has("children")) {
        ArrayNode items = out.putArray(name);
        List<JsonNode> children = new ArrayList<>();
        f.path("children").forEach(children::add);
        v.forEach(item -> items.add(object(children, item)));
      } else {
        out.set(name, v);
      }
    }
    return out;
  }

  /** The unset value of a body key, or null when the client leaves the key out. */
  private static JsonNode unset(JsonNode field) {
    String s = field.path("unsetSentAs").asText();
    switch (s) {
      case "omitted":
        return null;
      case "null":
        return F.nullNode();
      case "0":
        return F.numberNode(0);
      case "false":
        return F.booleanNode(false);
      case "\"\"":
        return F.textNode("");
      default:
        throw new IllegalStateException("unknown unsetSentAs: " + field);
    }
  }

  private static byte[] write(ObjectNode body) {
    try {
      return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
