-- case: plain index becomes unique
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE INDEX ix_users_email ON users (email);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE UNIQUE INDEX ix_users_email ON users (email);
-- rows
INSERT INTO users (id, email) VALUES (1, 'a@x.org'), (2, 'b@x.org');
