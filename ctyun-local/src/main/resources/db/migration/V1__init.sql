-- ctyun-local schema, portable between SQLite and PostgreSQL.
CREATE TABLE account (
  access_key VARCHAR(128) NOT NULL PRIMARY KEY,
  secret_key VARCHAR(256) NOT NULL,
  account_id VARCHAR(64) NOT NULL,
  email VARCHAR(256) NOT NULL,
  created_at VARCHAR(32) NOT NULL
);

CREATE UNIQUE INDEX account_id_idx ON account (account_id);

-- Every emulated resource is one JSON document with its indexed identity columns.
CREATE TABLE resource (
  rtype VARCHAR(40) NOT NULL,
  id VARCHAR(200) NOT NULL,
  account_id VARCHAR(64) NOT NULL,
  region_id VARCHAR(64) NOT NULL,
  parent_id VARCHAR(200),
  ref_id VARCHAR(200),
  name VARCHAR(256),
  seq BIGINT NOT NULL,
  doc TEXT NOT NULL,
  PRIMARY KEY (rtype, id)
);

CREATE INDEX resource_scope_idx ON resource (account_id, rtype, region_id, seq);
CREATE INDEX resource_parent_idx ON resource (rtype, parent_id, seq);
CREATE INDEX resource_ref_idx ON resource (ref_id);

-- clientToken idempotency: the first answer per (account, operation, token).
CREATE TABLE client_token (
  account_id VARCHAR(64) NOT NULL,
  operation VARCHAR(80) NOT NULL,
  token VARCHAR(64) NOT NULL,
  request_json TEXT NOT NULL,
  response_json TEXT NOT NULL,
  created_at VARCHAR(32) NOT NULL,
  PRIMARY KEY (account_id, operation, token)
);
