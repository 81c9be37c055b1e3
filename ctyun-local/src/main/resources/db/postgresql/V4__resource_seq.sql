-- PostgreSQL only (SQLite has a single writer, which numbers resources in process): emulators that
-- share this database take resource sequence numbers from one sequence, so list order is the order
-- of creation whichever emulator served the create. Numbering continues above the stored values.
CREATE SEQUENCE resource_seq;

SELECT setval('resource_seq', COALESCE((SELECT MAX(seq) FROM resource), 0) + 1, false);
