-- case: no-op: column-level vs table-level INTEGER PRIMARY KEY
-- engines: sqlite
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
-- desired
CREATE TABLE items (id INTEGER, name TEXT NOT NULL, PRIMARY KEY (id));
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
