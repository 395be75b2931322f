-- case: index added on a generated column
-- engines: sqlite
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, email_lc TEXT AS (lower(email)));
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, email_lc TEXT AS (lower(email)));
CREATE INDEX ix_users_email_lc ON users (email_lc);
-- rows
INSERT INTO users (id, email) VALUES (1, 'Ann@X.org'), (2, 'bob@x.org');
