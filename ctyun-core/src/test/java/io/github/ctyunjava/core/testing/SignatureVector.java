package io.github.ctyunjava.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ctyunjava.core.signer.QueryParam;
import io.github.ctyunjava.core.signer.QueryStyle;
import io.github.ctyunjava.core.signer.SignableRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** One entry of the repository's {@code vectors/eop-signature-vectors.json}. */
public final class SignatureVector {
  public final String name;
  public final String variant;
  public final String method;
  public final String path;
  public final List<QueryParam> query;
  public final String body;
  public final String ak;
  public final String sk;
  public final String eopDate;
  public final String requestId;
  public final String wireQuery;
  public final String expectedCanonical;
  public final String expectedStringToSign;
  public final String expectedSignature;
  public final String expectedAuthorization;

  private SignatureVector(JsonNode v) {
    name = v.get("name").asText();
    variant = v.get("variant").asText();
    method = v.get("method").asText();
    path = v.get("path").asText();
    query = new ArrayList<>();
    for (JsonNode pair : v.get("query")) {
      query.add(QueryParam.of(pair.get(0).asText(), pair.get(1).asText()));
    }
    body = v.get("body").isNull() ? null : v.get("body").asText();
    ak = v.get("ak").asText();
    sk = v.get("sk").asText();
    eopDate = v.get("eopDate").asText();
    requestId = v.get("requestId").asText();
    wireQuery = v.path("wireQuery").asText("");
    JsonNode e = v.get("expected");
    expectedCanonical = e.get("queryCanonical").asText();
    expectedStringToSign = e.get("stringToSign").asText();
    expectedSignature = e.get("signatureBase64").asText();
    expectedAuthorization = e.get("authorizationHeader").asText();
  }

  /** Every vector in the file. */
  public static List<SignatureVector> all() {
    try {
      JsonNode root = new ObjectMapper().readTree(RepoFiles.signatureVectors().toFile());
      List<SignatureVector> out = new ArrayList<>();
      for (JsonNode v : root.get("vectors")) {
        out.add(new SignatureVector(v));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The query style the vector's variant was computed with. */
  public QueryStyle style() {
    if ("go-url-encoded".equals(variant)) {
      return QueryStyle.GO;
    }
    if ("seed-python-raw".equals(variant)) {
      return QueryStyle.SEED;
    }
    throw new IllegalArgumentException("unknown variant " + variant);
  }

  /** The vector as a signable request. */
  public SignableRequest request() {
    return SignableRequest.builder().method(method).path(path).query(query).body(body).build();
  }

  @Override
  public String toString() {
    return name;
  }
}
