-- case: unique constraint replaced by a unique index of the same columns
-- engines: sqlite postgresql
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL, CONSTRAINT uq_users_email UNIQUE (email));
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100) NOT NULL);
CREATE UNIQUE INDEX ux_users_email ON users (email);
-- rows
INSERT INTO users (id, email) VALUES (1, 'a@x.org'), (2, 'b@x.org');
