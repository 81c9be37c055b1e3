-- Request ids seen with --reject-replay, shared by every emulator on the same database, so that
-- one signed request is accepted once even behind a load balancer.
CREATE TABLE seen_request (
  request_key VARCHAR(300) NOT NULL PRIMARY KEY,
  expires_at BIGINT NOT NULL
);
