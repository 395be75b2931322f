-- case: column gets COLLATE NOCASE (table rebuild)
-- engines: sqlite
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE INDEX ix_users_email ON users (email);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL COLLATE NOCASE);
CREATE INDEX ix_users_email ON users (email);
-- rows
INSERT INTO users (id, email) VALUES (1, 'ann@x.org'), (2, 'bob@x.org');
