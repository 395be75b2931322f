-- case: index column with COLLATE NOCASE
-- engines: sqlite
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, nick TEXT NOT NULL);
CREATE INDEX ix_users_nick ON users (nick);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, nick TEXT NOT NULL);
CREATE INDEX ix_users_nick ON users (nick COLLATE NOCASE);
-- rows
INSERT INTO users (id, nick) VALUES (1, 'Ann'), (2, 'bob');
