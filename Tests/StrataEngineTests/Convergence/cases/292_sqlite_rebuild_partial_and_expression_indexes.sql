-- case: rebuild keeps a partial index and an expression index
-- engines: sqlite
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, nick TEXT);
CREATE UNIQUE INDEX ux_users_email_lower ON users (lower(email));
CREATE INDEX ix_users_active_nick ON users (nick) WHERE active = 1;
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 0, nick TEXT);
CREATE UNIQUE INDEX ux_users_email_lower ON users (lower(email));
CREATE INDEX ix_users_active_nick ON users (nick) WHERE active = 1;
-- rows
INSERT INTO users (id, email, active, nick) VALUES (1, 'Ann@x.org', 1, 'ann'), (2, 'bob@x.org', 0, NULL);
