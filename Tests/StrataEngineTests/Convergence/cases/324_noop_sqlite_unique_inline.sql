-- case: no-op: column UNIQUE vs table UNIQUE (both autoindexes)
-- engines: sqlite
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, UNIQUE (email));
-- rows
INSERT INTO users (id, email) VALUES (1, 'a@x.org'), (2, 'b@x.org');
