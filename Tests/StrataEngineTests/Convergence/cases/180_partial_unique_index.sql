-- case: partial unique index (unique among live rows)
-- engines: sqlite postgresql
-- current
CREATE TABLE accounts (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, deleted BOOLEAN NOT NULL DEFAULT FALSE);
-- desired
CREATE TABLE accounts (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, deleted BOOLEAN NOT NULL DEFAULT FALSE);
CREATE UNIQUE INDEX ux_accounts_live_email ON accounts (email) WHERE NOT deleted;
-- rows
INSERT INTO accounts (id, email, deleted) VALUES (1, 'a@x.org', FALSE), (2, 'a@x.org', TRUE), (3, 'b@x.org', FALSE);
