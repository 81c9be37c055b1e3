package io.github.ctyunjava.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.ctyunjava.codegen.Catalog.ClassDef;
import io.github.ctyunjava.codegen.Catalog.EnumDef;
import io.github.ctyunjava.codegen.Catalog.FieldDef;
import io.github.ctyunjava.codegen.Catalog.IntEnumDef;
import io.github.ctyunjava.codegen.Catalog.Kind;
import io.github.ctyunjava.codegen.Catalog.Op;
import io.github.ctyunjava.codegen.Catalog.Paging;
import io.github.ctyunjava.codegen.Catalog.ResponseMode;
import io.github.ctyunjava.codegen.Catalog.TypeRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads an OpenAPI file into a {@link Catalog}. */
final class SpecReader {
  /** Envelope fields that are not part of a response model. */
  static final Set<String> ENVELOPE =
      Set.of("statusCode", "message", "description", "errorCode", "error", "returnObj");

  /** Enum class names where the property name alone would be too vague. */
  private static final Map<String, String> ENUM_NAMES =
      Map.of("type", "ServiceType", "masterResourceStatus", "OrderStatus");

  /**
   * Names of integer enums and of their values, from the spec's descriptions. Keyed by {@code
   * Owner.wire} or {@code wire}; an integer enum missing here stays a plain {@code Integer} (with
   * its values in the Javadoc and the catalogue). Each value: constant name, then its meaning.
   */
  private static final Map<String, Object[]> INT_ENUMS =
      Map.of(
          "ipVersion",
          new Object[] {
            "IpVersion",
            0,
            "IPV4",
            "IPv4 only",
            1,
            "IPV6",
            "IPv6 only (not supported yet)",
            2,
            "DUAL_STACK",
            "dual stack"
          },
          "whitelistFlag",
          new Object[] {"WhitelistFlag", 0, "OFF", "whitelist off", 1, "ON", "whitelist on"},
          "endpointServiceType",
          new Object[] {
            "EndpointServiceType",
            0,
            "SERVICE",
            "connect to endpointServiceID",
            1,
            "DNS_CLOUD_SERVICE",
            "DNS cloud service endpoint without endpointServiceID"
          },
          "Endpoint.status",
          new Object[] {
            "EndpointStatus", 1, "CONNECTED", "connected", 2, "NOT_CONNECTED", "not connected"
          },
          "Subnet.ipv6Enabled",
          new Object[] {
            "Ipv6Enabled",
            0,
            "NOT_CONFIGURED",
            "no IPv6 CIDR",
            1,
            "CONFIGURED",
            "an IPv6 CIDR is configured"
          },
          "Subnet.type",
          new Object[] {
            "SubnetKind", 0, "ORDINARY", "ordinary subnet", 1, "BARE_METAL", "bare-metal subnet"
          });

  private static final Set<String> PAGE_PARAMS = Set.of("pageNo", "pageNumber", "page");

  private final JsonNode root;
  private final Catalog catalog;
  private final String inferredNote;

  private SpecReader(JsonNode root, Catalog catalog, String inferredNote) {
    this.root = root;
    this.catalog = catalog;
    this.inferredNote = inferredNote;
  }

  /** Reads {@code file} (shown as {@code specFile} in the output) for product {@code product}. */
  static Catalog read(Path file, String specFile, String product) {
    return read(file, specFile, product, null);
  }

  /**
   * Reads {@code file}; {@code inferredNote} (or null) is added to the Javadoc of models and
   * returnObj fields that the spec marks inferred as a whole.
   */
  static Catalog read(Path file, String specFile, String product, String inferredNote) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Catalog c = new Catalog(product, specFile, root.path("info").path("version").asText());
    new SpecReader(root, c, inferredNote).run();
    return c;
  }

  private void run() {
    Set<String> reachable = reachableSchemas();
    Iterator<Map.Entry<String, JsonNode>> schemas =
        root.path("components").path("schemas").properties().iterator();
    while (schemas.hasNext()) {
      Map.Entry<String, JsonNode> e = schemas.next();
      if (e.getKey().equals("Envelope")
          || !reachable.contains(e.getKey())
          || isPrimitive(e.getValue())) {
        continue;
      }
      ClassDef c = new ClassDef();
      c.name = e.getKey();
      catalog.models.put(c.name, c);
    }
    schemas = root.path("components").path("schemas").properties().iterator();
    while (schemas.hasNext()) {
      Map.Entry<String, JsonNode> e = schemas.next();
      ClassDef c = catalog.models.get(e.getKey());
      if (c != null) {
        c.doc =
            firstSentence(
                JavaEmitter.escape(e.getValue().path("description").asText(c.name + ".")));
        if (inferredNote != null && "inferred".equals(e.getValue().path("x-evidence").asText())) {
          c.doc +=
              " Inferred: no public response sample exists, so its field names are guesses"
                  + " (ecx-semantics.md).";
        }
        fillObject(c, e.getValue(), "response");
      }
    }
    Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> p = paths.next();
      Iterator<Map.Entry<String, JsonNode>> methods = p.getValue().properties().iterator();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> m = methods.next();
        if (isTyped(m.getValue())) {
          catalog.ops.add(op(p.getKey(), m.getKey().toUpperCase(Locale.ROOT), m.getValue()));
        }
      }
    }
  }

  /** Whether an operation gets a typed method: every operation not marked inferred. */
  static boolean isTyped(JsonNode operation) {
    return operation.isObject()
        && operation.has("operationId")
        && !"inferred".equals(operation.path("x-evidence").asText());
  }

  /** Component schemas that the typed operations use, directly or through other schemas. */
  private Set<String> reachableSchemas() {
    Set<String> out = new HashSet<>();
    List<JsonNode> todo = new ArrayList<>();
    for (JsonNode methods : root.path("paths")) {
      for (JsonNode op : methods) {
        if (isTyped(op)) {
          todo.add(op);
        }
      }
    }
    while (!todo.isEmpty()) {
      JsonNode n = todo.remove(todo.size() - 1);
      if (n.isObject() && n.has("$ref")) {
        String ref = n.get("$ref").asText();
        String prefix = "#/components/schemas/";
        if (ref.startsWith(prefix) && out.add(ref.substring(prefix.length()))) {
          todo.add(resolve(n));
        } else if (!ref.startsWith(prefix)) {
          todo.add(resolve(n));
        }
      }
      if (n.isContainerNode()) {
        for (JsonNode child : n) {
          todo.add(child);
        }
      }
    }
    return out;
  }

  private Op op(String path, String method, JsonNode node) {
    Op op = new Op();
    op.id = node.path("operationId").asText();
    op.javaName = Names.member(op.id);
    op.method = method;
    op.path = path;
    op.rawSummary = node.path("summary").asText(op.id);
    op.summary = JavaEmitter.escape(op.rawSummary);
    op.description = node.path("description").asText(null);
    op.evidence = node.path("x-evidence").asText("verified");
    op.tag = node.path("tags").path(0).asText("");
    op.idempotent = method.equals("GET");

    ClassDef req = new ClassDef();
    req.name = Names.type(op.id) + "Request";
    req.doc = "Request of {@code " + op.id + "}: " + firstSentence(op.summary);
    for (JsonNode p : node.path("parameters")) {
      JsonNode param = resolve(p);
      if (!param.path("in").asText().equals("query")) {
        continue;
      }
      FieldDef f = new FieldDef();
      f.wire = param.path("name").asText();
      f.in = "query";
      f.required = param.path("required").asBoolean(false);
      f.deprecated = param.path("deprecated").asBoolean(false);
      f.evidence = param.path("x-evidence").asText(null);
      fieldFromSchema(req, f, param.path("schema"), param.path("description").asText(""));
      req.fields.add(f);
    }
    JsonNode body =
        node.path("requestBody").path("content").path("application/json").path("schema");
    if (!body.isMissingNode()) {
      fillObject(req, body, "body");
    }
    for (FieldDef f : req.fields) {
      if ("inferred".equals(f.evidence)) {
        op.inferredFields.add(f.wire);
      }
    }
    FieldDef token = req.field("clientToken");
    op.clientTokenAuto = token != null && token.in.equals("body");
    op.request = req;

    ClassDef resp = new ClassDef();
    resp.name = Names.type(op.id) + "Response";
    resp.doc = "Response of {@code " + op.id + "}: " + firstSentence(op.summary);
    JsonNode schema =
        node.path("responses").path("200").path("content").path("application/json").path("schema");
    JsonNode returnObj = null;
    for (JsonNode part : schema.path("allOf")) {
      if (part.has("$ref")) {
        continue;
      }
      Iterator<Map.Entry<String, JsonNode>> props = part.path("properties").properties().iterator();
      while (props.hasNext()) {
        Map.Entry<String, JsonNode> e = props.next();
        if (e.getKey().equals("returnObj")) {
          returnObj = e.getValue();
        } else if (!ENVELOPE.contains(e.getKey())) {
          resp.fields.add(field(resp, e.getKey(), e.getValue(), false, "top"));
        }
      }
    }
    if (returnObj == null) {
      op.mode = ResponseMode.NONE;
    } else if (returnObj.path("properties").size() > 0 && !returnObj.has("allOf")) {
      op.mode = ResponseMode.FLATTEN;
      Iterator<Map.Entry<String, JsonNode>> props =
          returnObj.path("properties").properties().iterator();
      boolean inferred = "inferred".equals(returnObj.path("x-evidence").asText());
      if (inferred && inferredNote != null) {
        resp.doc += " Every field name of this response is inferred (ecx-semantics.md).";
      }
      while (props.hasNext()) {
        Map.Entry<String, JsonNode> e = props.next();
        FieldDef top = resp.field(e.getKey());
        if (top == null) {
          FieldDef f = field(resp, e.getKey(), e.getValue(), false, "returnObj");
          if (inferred && f.evidence == null) {
            f.evidence = "inferred";
          }
          resp.fields.add(f);
        } else {
          top.in = "both";
        }
      }
    } else {
      op.mode = ResponseMode.RETURN_OBJ;
      FieldDef f = field(resp, "returnObj", returnObj, false, "response");
      f.doc = "The payload ({@code returnObj}).";
      resp.fields.add(f);
    }
    op.response = resp;
    op.billed = mentions(schema, "masterOrderID");
    op.paging = paging(op);
    return op;
  }

  private boolean mentions(JsonNode schema, String property) {
    if (schema.isObject()) {
      if (schema.has("$ref")) {
        return mentions(resolve(schema), property);
      }
      if (schema.path("properties").has(property)) {
        return true;
      }
      for (JsonNode child : schema) {
        if (mentions(child, property)) {
          return true;
        }
      }
    } else if (schema.isArray()) {
      for (JsonNode child : schema) {
        if (mentions(child, property)) {
          return true;
        }
      }
    }
    return false;
  }

  private Paging paging(Op op) {
    String pageParam = null;
    for (String candidate : List.of("pageNo", "pageNumber")) {
      if (op.request.field(candidate) != null) {
        pageParam = candidate;
        break;
      }
    }
    if (pageParam == null || op.request.field("pageSize") == null) {
      return null;
    }
    Paging p = new Paging();
    p.pageParam = pageParam;
    p.sizeParam = "pageSize";
    FieldDef size = op.request.field("pageSize");
    p.defaultPageSize = size.defaultValue instanceof Number n ? n.intValue() : 10;
    p.maxPageSize = size.maximum;
    ClassDef r = op.response;
    FieldDef topTotal = r.field("totalCount");
    if (op.mode == ResponseMode.RETURN_OBJ) {
      TypeRef t = r.field("returnObj").type;
      if (t.kind != Kind.LIST) {
        throw new IllegalStateException(op.id + ": cannot find the page items");
      }
      if (t.elem.kind == Kind.OBJECT) {
        FieldDef arr = onlyList(t.elem.inline, op.id);
        p.items = "returnObj[]." + arr.wire;
        p.itemType = arr.type.elem;
        p.itemsExpr = "r -> Paginator.flatten(r.returnObj(), e -> e." + arr.javaName + "())";
        if (t.elem.inline.field("totalCount") != null) {
          p.counts = "returnObj[]";
          p.totalCountExpr = "r -> Paginator.first(r.returnObj(), e -> e.totalCount())";
          p.totalPageExpr =
              t.elem.inline.field("totalPage") != null
                  ? "r -> Paginator.first(r.returnObj(), e -> e.totalPage())"
                  : "r -> null";
        }
      } else {
        p.items = "returnObj";
        p.itemType = t.elem;
        p.itemsExpr = "r -> r.returnObj()";
      }
    } else {
      List<FieldDef> lists = new ArrayList<>();
      for (FieldDef f : r.fields) {
        if (f.type.kind == Kind.LIST) {
          lists.add(f);
        }
      }
      if (lists.size() != 1) {
        throw new IllegalStateException(op.id + ": expected one list in the page, got " + lists);
      }
      p.items = "returnObj." + lists.get(0).wire;
      p.itemType = lists.get(0).type.elem;
      p.itemsExpr = "r -> r." + lists.get(0).javaName + "()";
    }
    if (p.counts == null) {
      if (topTotal != null) {
        p.counts = topTotal.in;
        p.totalCountExpr = "r -> r.totalCount()";
        p.totalPageExpr = r.field("totalPage") != null ? "r -> r.totalPage()" : "r -> null";
      } else {
        p.counts = "none";
        p.totalCountExpr = "r -> null";
        p.totalPageExpr = "r -> null";
      }
    }
    return p;
  }

  private static FieldDef onlyList(ClassDef c, String op) {
    FieldDef found = null;
    for (FieldDef f : c.fields) {
      if (f.type.kind == Kind.LIST) {
        if (found != null) {
          throw new IllegalStateException(op + ": two lists in a page element");
        }
        found = f;
      }
    }
    if (found == null) {
      throw new IllegalStateException(op + ": no list in a page element");
    }
    return found;
  }

  private void fillObject(ClassDef c, JsonNode schema, String in) {
    schema = flattenAllOf(schema);
    Set<String> required = new HashSet<>();
    for (JsonNode r : schema.path("required")) {
      required.add(r.asText());
    }
    Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").properties().iterator();
    while (props.hasNext()) {
      Map.Entry<String, JsonNode> e = props.next();
      c.fields.add(field(c, e.getKey(), e.getValue(), required.contains(e.getKey()), in));
    }
  }

  private JsonNode flattenAllOf(JsonNode schema) {
    if (schema.has("$ref")) {
      return resolve(schema);
    }
    return schema;
  }

  private FieldDef field(
      ClassDef owner, String wire, JsonNode schema, boolean required, String in) {
    FieldDef f = new FieldDef();
    f.wire = wire;
    f.in = in;
    f.required = required;
    f.evidence = schema.path("x-evidence").asText(null);
    f.requiredWhen = schema.path("x-required-when").asText(null);
    for (JsonNode alt : schema.path("x-alt-names")) {
      f.altNames.add(alt.asText());
    }
    fieldFromSchema(owner, f, schema, schema.path("description").asText(""));
    return f;
  }

  /** Whether a schema is a plain value (no properties, not an object or array). */
  private static boolean isPrimitive(JsonNode schema) {
    String type = schema.path("type").asText("");
    return !schema.has("properties")
        && (type.equals("string")
            || type.equals("integer")
            || type.equals("number")
            || type.equals("boolean"));
  }

  /**
   * The target of a {@code $ref} (or a one-element allOf of one) that is a plain value, or null.
   */
  private JsonNode primitiveTarget(JsonNode schema) {
    JsonNode ref = schema;
    if (schema.has("allOf") && schema.get("allOf").size() == 1) {
      ref = schema.get("allOf").get(0);
    }
    if (!ref.has("$ref")) {
      return null;
    }
    JsonNode target = resolve(ref);
    return isPrimitive(target) ? target : null;
  }

  private void fieldFromSchema(ClassDef owner, FieldDef f, JsonNode schema, String description) {
    JsonNode primitive = primitiveTarget(schema);
    if (primitive != null) {
      if (description.isEmpty()) {
        description = primitive.path("description").asText("");
      }
      schema = primitive;
    }
    f.description = description.isEmpty() ? null : description;
    f.example = schema.has("example") ? schema.get("example").asText() : null;
    f.javaName = Names.member(f.wire);
    f.doc =
        firstSentence(
            description.isEmpty()
                ? "The {@code " + f.wire + "} field."
                : JavaEmitter.escape(description));
    if (schema.has("default")) {
      JsonNode d = schema.get("default");
      f.defaultValue = d.isNumber() ? (Object) d.numberValue() : d.asText();
    }
    if (schema.has("maximum")) {
      f.maximum = schema.get("maximum").asInt();
    }
    if (schema.has("minimum")) {
      f.minimum = schema.get("minimum").asInt();
    }
    if (schema.has("minLength")) {
      f.minLength = schema.get("minLength").asInt();
    }
    if (schema.has("maxLength")) {
      f.maxLength = schema.get("maxLength").asInt();
    }
    if (schema.has("pattern")) {
      f.pattern = schema.get("pattern").asText();
    }
    if (schema.has("format") && !schema.get("format").asText().startsWith("int")) {
      f.format = schema.get("format").asText();
    }
    if (schema.has("x-alt-type")) {
      // a string here, an array of strings in another client's view: one list reads both
      f.stringOrList =
          "string".equals(schema.path("type").asText())
              && schema.get("x-alt-type").asText().startsWith("array of string");
      f.type = f.stringOrList ? TypeRef.list(TypeRef.of(Kind.STRING)) : TypeRef.of(Kind.JSON);
      if (f.stringOrList) {
        f.doc = f.doc.replaceFirst("\\.$", "") + ", as a list (empty when none).";
      }
      return;
    }
    f.type = type(owner, f, f.wire, schema);
  }

  private TypeRef type(ClassDef owner, FieldDef f, String wire, JsonNode schema) {
    if (schema.has("$ref")) {
      return TypeRef.ref(refName(schema));
    }
    if (schema.has("allOf")) {
      JsonNode parts = schema.get("allOf");
      if (parts.size() == 1 && parts.get(0).has("$ref")) {
        return TypeRef.ref(refName(parts.get(0)));
      }
      throw new IllegalStateException("unsupported allOf at " + wire);
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
    switch (type) {
      case "string":
        if (schema.has("enum")) {
          String name = ENUM_NAMES.getOrDefault(wire, Names.type(wire));
          EnumDef e = catalog.enums.computeIfAbsent(name, n -> newEnum(n, wire));
          for (JsonNode v : schema.get("enum")) {
            e.values.add(v.asText());
            f.enumValues.add(v.asText());
          }
          return TypeRef.enumRef(name);
        }
        return TypeRef.of(Kind.STRING);
      case "integer":
        if (schema.has("enum")) {
          for (JsonNode v : schema.get("enum")) {
            f.enumValues.add(v.asInt());
          }
          Object[] def = INT_ENUMS.get(owner.name + "." + wire);
          if (def == null) {
            def = INT_ENUMS.get(wire);
          }
          if (def == null) {
            // unnamed: a plain Integer; the catalogue and the Javadoc still list the values
            return TypeRef.of(Kind.INT32);
          }
          Object[] d = def;
          IntEnumDef e =
              catalog.intEnums.computeIfAbsent(
                  (String) d[0],
                  n -> {
                    IntEnumDef x = new IntEnumDef();
                    x.name = n;
                    x.doc = "Values of the integer {@code " + wire + "}; unknown values are kept.";
                    for (int i = 1; i < d.length; i += 3) {
                      x.values.put(
                          (Integer) d[i], new String[] {(String) d[i + 1], (String) d[i + 2]});
                    }
                    return x;
                  });
          for (JsonNode v : schema.get("enum")) {
            if (!e.values.containsKey(v.asInt())) {
              throw new IllegalStateException(
                  "value " + v + " of " + owner.name + "." + wire + " is not named in INT_ENUMS");
            }
          }
          return TypeRef.intEnumRef(e.name);
        }
        return TypeRef.of(schema.path("format").asText().equals("int64") ? Kind.INT64 : Kind.INT32);
      case "number":
        return TypeRef.of(Kind.DECIMAL);
      case "boolean":
        return TypeRef.of(Kind.BOOLEAN);
      case "array":
        {
          FieldDef elem = new FieldDef();
          TypeRef t = type(owner, elem, Names.singular(wire), schema.path("items"));
          f.enumValues.addAll(elem.enumValues);
          return TypeRef.list(t);
        }
      case "object":
        if (!schema.has("properties")) {
          return TypeRef.of(Kind.JSON);
        }
        {
          ClassDef c = new ClassDef();
          c.name = nestedName(owner, Names.type(wire));
          c.doc =
              firstSentence(
                  JavaEmitter.escape(
                      schema.path("description").asText("The {@code " + wire + "} object.")));
          fillObject(c, schema, "body".equals(f.in) ? "body" : "response");
          owner.nested.add(c);
          return TypeRef.inline(c);
        }
      default:
        return TypeRef.of(Kind.JSON);
    }
  }

  private String nestedName(ClassDef owner, String base) {
    String name = base;
    if (catalog.models.containsKey(name) || catalog.enums.containsKey(name)) {
      name = base + "Info";
    }
    for (ClassDef n : owner.nested) {
      if (n.name.equals(name)) {
        throw new IllegalStateException("duplicate nested class " + name + " in " + owner.name);
      }
    }
    if (name.equals(owner.name) || name.equals("Builder")) {
      name = base + "Item";
    }
    return name;
  }

  private static EnumDef newEnum(String name, String wire) {
    EnumDef e = new EnumDef();
    e.name = name;
    e.doc = "Values of {@code " + wire + "}; unknown values are kept, not rejected.";
    return e;
  }

  private static String refName(JsonNode ref) {
    String r = ref.get("$ref").asText();
    return r.substring(r.lastIndexOf('/') + 1);
  }

  private JsonNode resolve(JsonNode node) {
    if (!node.has("$ref")) {
      return node;
    }
    String ref = node.get("$ref").asText();
    if (!ref.startsWith("#/")) {
      throw new IllegalStateException("external $ref " + ref);
    }
    JsonNode n = root;
    for (String part : ref.substring(2).split("/")) {
      n = n.path(part);
    }
    if (n.isMissingNode()) {
      throw new IllegalStateException("unresolved $ref " + ref);
    }
    return n;
  }

  /** The first sentence of a description, one line. */
  static String firstSentence(String text) {
    String t = text.replaceAll("\\s+", " ").trim();
    int cut = -1;
    for (int i = 0; i < t.length() - 1; i++) {
      if (t.charAt(i) == '.' && t.charAt(i + 1) == ' ' && i > 0 && !t.startsWith("e.g", i - 3)) {
        if (i >= 2 && t.substring(i - 2, i + 1).equals("i.e")) {
          continue;
        }
        cut = i + 1;
        break;
      }
    }
    if (cut > 0) {
      t = t.substring(0, cut);
    }
    if (!t.endsWith(".")) {
      t = t + ".";
    }
    return t;
  }

  static boolean isPageParam(String name) {
    return PAGE_PARAMS.contains(name);
  }
}
