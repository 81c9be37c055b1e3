-- Per-scope resource counts, kept in the same transaction as every insert and delete, so that the
-- totalCount of a list page costs one lookup instead of counting every row of the scope.
CREATE TABLE resource_count (
  account_id VARCHAR(64) NOT NULL,
  rtype VARCHAR(40) NOT NULL,
  region_id VARCHAR(64) NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (account_id, rtype, region_id)
);

INSERT INTO resource_count (account_id, rtype, region_id, n)
  SELECT account_id, rtype, region_id, COUNT(*) FROM resource
  GROUP BY account_id, rtype, region_id;
