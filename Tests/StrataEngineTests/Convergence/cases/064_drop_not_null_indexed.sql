-- case: make an indexed column nullable
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, nick VARCHAR(30) NOT NULL);
CREATE INDEX ix_users_nick ON users (nick);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, nick VARCHAR(30));
CREATE INDEX ix_users_nick ON users (nick);
-- rows
INSERT INTO users (id, nick) VALUES (1, 'ann'), (2, 'bob');
