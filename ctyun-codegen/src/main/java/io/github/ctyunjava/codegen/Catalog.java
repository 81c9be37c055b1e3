package io.github.ctyunjava.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operation catalogue read from one OpenAPI file: operations, models and enums. */
final class Catalog {
  /** The product code, e.g. {@code ctvpc}. */
  final String product;

  /** The spec file, relative to the repository root. */
  final String specFile;

  /** {@code info.version} of the spec. */
  final String specVersion;

  /** Operations in spec order. */
  final List<Op> ops = new ArrayList<>();

  /** Shared models (component schemas), by Java name. */
  final Map<String, ClassDef> models = new LinkedHashMap<>();

  /** String enums, by Java name. */
  final Map<String, EnumDef> enums = new LinkedHashMap<>();

  /** Integer enums, by Java name. */
  final Map<String, IntEnumDef> intEnums = new LinkedHashMap<>();

  Catalog(String product, String specFile, String specVersion) {
    this.product = product;
    this.specFile = specFile;
    this.specVersion = specVersion;
  }

  /** Kinds of Java types a field may have. */
  enum Kind {
    STRING,
    INT32,
    INT64,
    BOOLEAN,
    DECIMAL,
    JSON,
    LIST,
    REF,
    ENUM,
    INT_ENUM,
    OBJECT
  }

  /** A field's Java type. */
  static final class TypeRef {
    final Kind kind;
    final TypeRef elem;
    final String name;
    final ClassDef inline;

    private TypeRef(Kind kind, TypeRef elem, String name, ClassDef inline) {
      this.kind = kind;
      this.elem = elem;
      this.name = name;
      this.inline = inline;
    }

    static TypeRef of(Kind kind) {
      return new TypeRef(kind, null, null, null);
    }

    static TypeRef list(TypeRef elem) {
      return new TypeRef(Kind.LIST, elem, null, null);
    }

    static TypeRef ref(String name) {
      return new TypeRef(Kind.REF, null, name, null);
    }

    static TypeRef enumRef(String name) {
      return new TypeRef(Kind.ENUM, null, name, null);
    }

    static TypeRef intEnumRef(String name) {
      return new TypeRef(Kind.INT_ENUM, null, name, null);
    }

    static TypeRef inline(ClassDef c) {
      return new TypeRef(Kind.OBJECT, null, c.name, c);
    }

    String java() {
      switch (kind) {
        case STRING:
          return "String";
        case INT32:
          return "Integer";
        case INT64:
          return "Long";
        case BOOLEAN:
          return "Boolean";
        case DECIMAL:
          return "BigDecimal";
        case JSON:
          return "JsonNode";
        case LIST:
          return "List<" + elem.java() + ">";
        default:
          return name;
      }
    }

    /** The catalogue's type word (operations.json). */
    String wire() {
      switch (kind) {
        case STRING:
        case ENUM:
          return "string";
        case INT32:
        case INT_ENUM:
          return "integer";
        case INT64:
          return "int64";
        case BOOLEAN:
          return "boolean";
        case DECIMAL:
          return "number";
        case LIST:
          return "array<" + elem.wire() + ">";
        default:
          return "object";
      }
    }
  }

  /** A field of a model, request or response. */
  static final class FieldDef {
    String wire;
    String javaName;
    TypeRef type;
    boolean required;
    String doc;

    /** The spec's description as written (the catalogue's help text), or null. */
    String description;

    /** The spec's example value as text, or null. */
    String example;

    List<String> altNames = new ArrayList<>();

    /** A string in some answers and an array of strings in others: read into a list. */
    boolean stringOrList;

    String evidence;
    String in;
    List<Object> enumValues = new ArrayList<>();
    boolean deprecated;
    String requiredWhen;
    Object defaultValue;
    Integer maximum;
    Integer minimum;
    Integer minLength;
    Integer maxLength;
    String pattern;
    String format;
  }

  /** A generated class (model, request, response, or a nested inline object). */
  static final class ClassDef {
    String name;
    String doc;
    final List<FieldDef> fields = new ArrayList<>();
    final List<ClassDef> nested = new ArrayList<>();

    FieldDef field(String wire) {
      for (FieldDef f : fields) {
        if (f.wire.equals(wire)) {
          return f;
        }
      }
      return null;
    }
  }

  /** A string enum: a final class with constants that keeps unknown values. */
  static final class EnumDef {
    String name;
    String doc;
    final Set<String> values = new LinkedHashSet<>();
  }

  /** An integer enum: constants named by the generator's table, unknown values kept. */
  static final class IntEnumDef {
    String name;
    String doc;
    final Map<Integer, String[]> values = new LinkedHashMap<>();
  }

  /** How the response's {@code returnObj} maps onto the response class. */
  enum ResponseMode {
    /** The properties of an inline returnObj object become response fields. */
    FLATTEN,
    /** returnObj is a named model or an array: one field {@code returnObj}. */
    RETURN_OBJ,
    /** No returnObj declared. */
    NONE
  }

  /** Paging facts of a list operation. */
  static final class Paging {
    String pageParam;
    String sizeParam;
    int defaultPageSize;
    Integer maxPageSize;
    String counts;
    String items;
    String itemsExpr;
    String totalPageExpr;
    String totalCountExpr;
    TypeRef itemType;
  }

  /** One operation. */
  static final class Op {
    /** The spec's operationId: the wire and catalogue name (e.g. {@code createVPC}). */
    String id;

    /** The Java method name, cased like the model classes (e.g. {@code createVpc}). */
    String javaName;

    String method;
    String path;
    String summary;
    String rawSummary;
    String description;
    String evidence;
    String tag;
    ClassDef request;
    ClassDef response;
    ResponseMode mode;
    boolean idempotent;
    boolean billed;
    boolean clientTokenAuto;
    Paging paging;
    List<String> inferredFields = new ArrayList<>();
  }
}
