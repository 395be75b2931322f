-- case: drop a table
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE scratch (id INTEGER PRIMARY KEY, note VARCHAR(100));
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
INSERT INTO scratch (id, note) VALUES (1, 'tmp'), (2, NULL);
