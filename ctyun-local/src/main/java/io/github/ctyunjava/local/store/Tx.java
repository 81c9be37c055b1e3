package io.github.ctyunjava.local.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/** Data access inside one database transaction. Not thread-safe; lives for one call. */
public final class Tx {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLS =
      "rtype, id, account_id, region_id, parent_id, ref_id, name, seq, doc";
  private static final String FIND = "SELECT " + COLS + " FROM resource WHERE rtype = ? AND id = ?";

  private final Connection conn;
  private final Statements statements;
  private final LongSupplier seq;
  private final boolean readOnly;
  private final boolean lockRows;

  /**
   * Rows this transaction has looked up or written, by type and ID (empty: known to be absent). A
   * handler finds the same subnet or pending row several times in one call; each later find costs
   * no query and no JSON parsing. Every write of a row goes through this class and updates the map.
   */
  private final Map<String, Optional<Resource>> known = new HashMap<>();

  /** Recently parsed documents, shared by the database's transactions. */
  private final ParsedDocs docs;

  /** What this process keeps between transactions, null on a database others write too. */
  private final LocalFacts facts;

  /** The facts' version when this transaction was created, before its first query. */
  private final long factsVersion;

  /** Resource types this transaction inserted, updated or deleted rows of. */
  private final Set<String> written = new HashSet<>();

  /**
   * A transaction on a database this process alone writes.
   *
   * @param facts what this process keeps between transactions (see {@link #recall})
   */
  Tx(Statements statements, LongSupplier seq, boolean readOnly, ParsedDocs docs, LocalFacts facts) {
    this(statements, seq, readOnly, false, docs, facts);
  }

  /**
   * @param lockRows whether {@link #find} locks the row until the end of the transaction (writes on
   *     a database that other writers share)
   * @param docs recently parsed documents
   * @param facts what this process keeps between transactions, null when other processes write to
   *     the database too
   */
  Tx(
      Statements statements,
      LongSupplier seq,
      boolean readOnly,
      boolean lockRows,
      ParsedDocs docs,
      LocalFacts facts) {
    this.conn = statements.connection;
    this.statements = statements;
    this.seq = seq;
    this.readOnly = readOnly;
    this.lockRows = lockRows;
    this.docs = docs;
    this.facts = facts;
    this.factsVersion = facts == null ? 0 : facts.version();
  }

  /**
   * A value an earlier transaction {@linkplain #remember remembered}, as long as no write of rows
   * of the types it was worked out from has been committed since that transaction began; always
   * empty on a database that other emulators write too (PostgreSQL), where this process cannot
   * tell.
   */
  public <T> Optional<T> recall(String key, Class<T> type) {
    return facts == null ? Optional.empty() : facts.recall(key).map(type::cast);
  }

  /**
   * Remembers {@code value}, worked out in this transaction from the rows of {@code types}, for
   * later transactions of this process ({@link #recall}); nothing is kept on a database that other
   * emulators write too.
   */
  public void remember(String key, Object value, String... types) {
    if (facts != null) {
      facts.remember(key, value, factsVersion, List.of(types));
    }
  }

  /**
   * Tells the facts that this transaction's writes are over (committed or rolled back), so that
   * values worked out without them are no longer recalled.
   */
  void finished() {
    if (facts != null) {
      facts.committed(written);
    }
  }

  /** Work with one prepared statement. */
  @FunctionalInterface
  private interface StatementWork<T> {
    T run(PreparedStatement ps) throws SQLException;
  }

  private <T> T with(String sql, StatementWork<T> work) throws SQLException {
    PreparedStatement ps = statements.prepare(sql);
    try {
      return work.run(ps);
    } finally {
      statements.release(ps);
    }
  }

  /**
   * Thrown inside a read-only transaction at the first write; the store then retries as a write.
   */
  static final class WriteAttempted extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final WriteAttempted INSTANCE = new WriteAttempted();

    private WriteAttempted() {
      super("write attempted in a read-only transaction", null, false, false);
    }
  }

  private void requireWritable() {
    if (readOnly) {
      throw WriteAttempted.INSTANCE;
    }
  }

  /** The highest resource sequence number stored, 0 when empty. */
  long maxSeq() {
    try {
      return with(
          "SELECT MAX(seq) FROM resource",
          ps -> {
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getLong(1) : 0L;
            }
          });
    } catch (SQLException e) {
      throw new StoreException("cannot read the sequence", e);
    }
  }

  /**
   * A resource by type and ID. In a write on a shared database the row stays locked until the
   * transaction ends, so that what is read is still true when the transaction writes.
   */
  public Optional<Resource> find(String type, String id) {
    String key = key(type, id);
    Optional<Resource> hit = known.get(key);
    if (hit != null) {
      return hit;
    }
    Optional<Resource> found = keptRow(key);
    if (found == null) {
      List<Resource> r = query(lockRows ? FIND + " FOR UPDATE" : FIND, List.of(type, id));
      found = r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
      keepRow(key, type, found);
    }
    known.put(key, found);
    return found;
  }

  /** A row as a read found it earlier, with nothing of its type written since. */
  private record KeptRow(Resource rowOrNull) {}

  private static final String ROW = "row:";

  /**
   * The row an earlier read transaction found, if no write of its type has been committed since
   * ({@link LocalFacts}); null when unknown. Only reads use it: a write must see the uncommitted
   * writes of its group, which are not counted yet.
   */
  private Optional<Resource> keptRow(String key) {
    if (!readOnly || facts == null) {
      return null;
    }
    return facts
        .recall(ROW + key)
        .map(kept -> Optional.ofNullable(((KeptRow) kept).rowOrNull()))
        .orElse(null);
  }

  private void keepRow(String key, String type, Optional<Resource> found) {
    if (readOnly && facts != null) {
      facts.remember(ROW + key, new KeptRow(found.orElse(null)), factsVersion, List.of(type));
    }
  }

  private static String key(String type, String id) {
    return type + '\u0000' + id;
  }

  /** Stores a new resource, assigning its sequence number; returns it as stored. */
  public Resource insert(Resource r) {
    requireWritable();
    written.add(r.type());
    long s = seq.getAsLong();
    update(
        "INSERT INTO resource (" + COLS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.type(),
        r.id(),
        r.accountId(),
        r.regionId(),
        r.parentId(),
        r.refId(),
        r.name(),
        s,
        writeAndSeed(r));
    update(
        "INSERT INTO resource_count (account_id, rtype, region_id, n) VALUES (?, ?, ?, 1)"
            + " ON CONFLICT (account_id, rtype, region_id)"
            + " DO UPDATE SET n = resource_count.n + 1",
        r.accountId(),
        r.type(),
        r.regionId());
    Resource stored =
        new Resource(
            r.type(),
            r.id(),
            r.accountId(),
            r.regionId(),
            r.parentId(),
            r.refId(),
            r.name(),
            s,
            r.sharedDoc());
    known.put(key(r.type(), r.id()), Optional.of(stored));
    return stored;
  }

  /** Replaces the name and document of a stored resource. */
  public void update(Resource r) {
    requireWritable();
    written.add(r.type());
    known.remove(key(r.type(), r.id())); // read back as stored on the next find
    update(
        "UPDATE resource SET name = ?, doc = ? WHERE rtype = ? AND id = ?",
        r.name(),
        writeAndSeed(r),
        r.type(),
        r.id());
  }

  /** Deletes a resource; true when it existed. */
  public boolean delete(String type, String id) {
    requireWritable();
    Optional<Resource> existing = find(type, id);
    if (existing.isEmpty()) {
      return false;
    }
    written.add(type);
    update("DELETE FROM resource WHERE rtype = ? AND id = ?", type, id);
    known.put(key(type, id), Optional.empty());
    update(
        "UPDATE resource_count SET n = n - 1 WHERE account_id = ? AND rtype = ? AND region_id = ?",
        existing.get().accountId(),
        type,
        existing.get().regionId());
    return true;
  }

  /** The query's condition in this database's dialect. */
  private String where(ResourceQuery q) {
    String sql = q.whereSql();
    if (!sql.contains(ResourceQuery.JSON_LIST)) {
      return sql;
    }
    return sql.replace(
        ResourceQuery.JSON_LIST,
        isPostgres()
            ? "(SELECT json_array_elements_text(CAST(? AS json)))"
            : "(SELECT value FROM json_each(?))");
  }

  private boolean isPostgres() {
    try {
      return conn.getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgres");
    } catch (SQLException e) {
      throw new StoreException("cannot tell the database kind", e);
    }
  }

  /** One page in creation order. */
  public Page<Resource> list(ResourceQuery q, long offset, int limit) {
    List<Object> args = new ArrayList<>(q.args());
    args.add(limit);
    args.add(offset);
    List<Resource> items =
        query(
            "SELECT "
                + COLS
                + " FROM resource WHERE "
                + where(q)
                + " ORDER BY seq, id LIMIT ? OFFSET ?",
            args);
    return new Page<>(items, count(q));
  }

  private long scopeCount(ResourceQuery q) {
    try {
      return with(
          "SELECT n FROM resource_count WHERE account_id = ? AND rtype = ? AND region_id = ?",
          ps -> {
            bind(ps, q.scopeAccount(), q.type(), q.scopeRegion());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getLong(1) : 0L;
            }
          });
    } catch (SQLException e) {
      throw new StoreException("count failed", e);
    }
  }

  /** Every matching resource in creation order (for small child lists). */
  public List<Resource> all(ResourceQuery q) {
    return query(
        "SELECT " + COLS + " FROM resource WHERE " + where(q) + " ORDER BY seq, id", q.args());
  }

  /** Number of matching resources. */
  public long count(ResourceQuery q) {
    if (q.isScope()) {
      return scopeCount(q);
    }
    try {
      return with(
          "SELECT COUNT(*) FROM resource WHERE " + where(q),
          ps -> {
            bind(ps, q.args().toArray());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          });
    } catch (SQLException e) {
      throw new StoreException("count failed", e);
    }
  }

  /** The number of stored resources of each type (only types that have any), by type name. */
  public java.util.SortedMap<String, Long> countsByType() {
    java.util.SortedMap<String, Long> out = new java.util.TreeMap<>();
    try {
      return with(
          "SELECT rtype, COUNT(*) FROM resource GROUP BY rtype",
          ps -> {
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
              }
              return out;
            }
          });
    } catch (SQLException e) {
      throw new StoreException("count failed", e);
    }
  }

  /** The account holding an access key. */
  public Optional<Account> accountByAccessKey(String ak) {
    return accounts("WHERE access_key = ?", ak).stream().findFirst();
  }

  /** The account with an ID. */
  public Optional<Account> accountById(String id) {
    return accounts("WHERE account_id = ?", id).stream().findFirst();
  }

  /** The account with an e-mail. */
  public Optional<Account> accountByEmail(String email) {
    return accounts("WHERE email = ?", email).stream().findFirst();
  }

  /** All accounts. */
  public List<Account> accounts() {
    return accounts("ORDER BY created_at, access_key");
  }

  /** Stores an account. */
  public void insertAccount(Account a, String createdAt) {
    update(
        "INSERT INTO account (access_key, secret_key, account_id, email, created_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        a.accessKey(),
        a.secretKey(),
        a.accountId(),
        a.email(),
        createdAt);
  }

  /** The stored answer for a clientToken. */
  public Optional<StoredToken> token(String accountId, String operation, String token) {
    try {
      return with(
          "SELECT request_json, response_json FROM client_token"
              + " WHERE account_id = ? AND operation = ? AND token = ?",
          ps -> {
            bind(ps, accountId, operation, token);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(new StoredToken(rs.getString(1), rs.getString(2)))
                  : Optional.<StoredToken>empty();
            }
          });
    } catch (SQLException e) {
      throw new StoreException("token lookup failed", e);
    }
  }

  /**
   * Stores the answer for a new clientToken. When a concurrent transaction stored the same token
   * first, this fails on the key and the store runs the call again, which then finds that answer.
   */
  public void putToken(
      String accountId, String operation, String token, StoredToken value, String createdAt) {
    update(
        "INSERT INTO client_token (account_id, operation, token, request_json, response_json,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?)",
        accountId,
        operation,
        token,
        value.requestJson(),
        value.responseJson(),
        createdAt);
  }

  /** Deletes all resources and tokens (accounts stay). */
  public void resetData() {
    requireWritable();
    written.add(LocalFacts.ALL_TYPES);
    known.clear();
    update("DELETE FROM resource");
    update("DELETE FROM resource_count");
    update("DELETE FROM client_token");
  }

  private List<Account> accounts(String tail, Object... args) {
    List<Account> out = new ArrayList<>();
    try {
      return with(
          "SELECT account_id, email, access_key, secret_key FROM account " + tail,
          ps -> {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Account(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
              }
            }
            return out;
          });
    } catch (SQLException e) {
      throw new StoreException("account lookup failed", e);
    }
  }

  private List<Resource> query(String sql, List<Object> args) {
    List<Resource> out = new ArrayList<>();
    try {
      return with(
          sql,
          ps -> {
            bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Resource(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getLong(8),
                        docs.parse(rs.getString(1), rs.getString(2), rs.getString(9))));
              }
            }
            return out;
          });
    } catch (SQLException e) {
      throw new StoreException("query failed", e);
    }
  }

  private int update(String sql, Object... args) {
    requireWritable();
    try {
      return with(
          sql,
          ps -> {
            bind(ps, args);
            return ps.executeUpdate();
          });
    } catch (SQLException e) {
      throw new StoreException("update failed", e);
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else if (a instanceof Long n) {
        ps.setLong(i + 1, n);
      } else if (a == null) {
        ps.setNull(i + 1, java.sql.Types.VARCHAR);
      } else {
        ps.setString(i + 1, a.toString());
      }
    }
  }

  /**
   * The stored text of a resource's document; the document is kept as that text's parse, which the
   * next read of the row uses if the row still holds that text (a write that rolls back leaves
   * other text, which is parsed).
   */
  private String writeAndSeed(Resource r) {
    String text = write(r.sharedDoc());
    docs.seed(r.type(), r.id(), text, r.sharedDoc());
    return text;
  }

  private static String write(ObjectNode doc) {
    try {
      return JSON.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot serialize a document", e);
    }
  }
}
