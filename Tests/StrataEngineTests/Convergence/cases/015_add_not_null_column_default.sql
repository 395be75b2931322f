-- case: add a NOT NULL column with a default to a table with rows
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, qty INTEGER NOT NULL DEFAULT 0);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear'), (3, 'plum');
