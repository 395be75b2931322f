-- case: index method changed from btree to hash
-- engines: postgresql
-- current
CREATE TABLE sessions (id INTEGER PRIMARY KEY, token VARCHAR(64) NOT NULL);
CREATE INDEX ix_sessions_token ON sessions (token);
-- desired
CREATE TABLE sessions (id INTEGER PRIMARY KEY, token VARCHAR(64) NOT NULL);
CREATE INDEX ix_sessions_token ON sessions USING hash (token);
-- rows
INSERT INTO sessions (id, token) VALUES (1, 'abc'), (2, 'def');
