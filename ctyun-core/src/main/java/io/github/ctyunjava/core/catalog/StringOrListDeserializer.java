package io.github.ctyunjava.core.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads a field that CTyun answers as a string in one view and as an array of strings in another
 * (e.g. {@code dhcpOptionsSetID}: a string in VPC lists, an array in the show-VPC answer) into one
 * list: an array as it is, a non-empty string as a one-element list, an empty string as an empty
 * list. Used by generated models; Jackson 2.12 compatible.
 */
public final class StringOrListDeserializer extends StdDeserializer<List<String>> {
  private static final long serialVersionUID = 1L;

  /** The deserializer Jackson instantiates from {@code @JsonDeserialize(using = ...)}. */
  public StringOrListDeserializer() {
    super(List.class);
  }

  @Override
  public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText();
      return s.isEmpty() ? Collections.<String>emptyList() : Collections.singletonList(s);
    }
    if (t != JsonToken.START_ARRAY) {
      @SuppressWarnings("unchecked")
      List<String> unexpected = (List<String>) ctxt.handleUnexpectedToken(List.class, p);
      return unexpected;
    }
    List<String> out = new ArrayList<>();
    for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
      if (item == JsonToken.VALUE_NULL) {
        continue;
      }
      if (!item.isScalarValue()) {
        @SuppressWarnings("unchecked")
        List<String> unexpected = (List<String>) ctxt.handleUnexpectedToken(String.class, p);
        return unexpected;
      }
      out.add(p.getText());
    }
    return Collections.unmodifiableList(out);
  }
}
