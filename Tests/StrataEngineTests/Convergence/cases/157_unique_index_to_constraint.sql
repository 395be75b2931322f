-- case: unique index replaced by a unique constraint
-- engines: sqlite postgresql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, nick VARCHAR(30) NOT NULL);
CREATE UNIQUE INDEX ux_users_nick ON users (nick);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, nick VARCHAR(30) NOT NULL, CONSTRAINT uq_users_nick UNIQUE (nick));
-- rows
INSERT INTO users (id, nick) VALUES (1, 'ann'), (2, 'bob');
