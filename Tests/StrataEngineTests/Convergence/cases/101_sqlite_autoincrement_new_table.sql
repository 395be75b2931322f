-- case: create a table with AUTOINCREMENT
-- engines: sqlite
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE logs (id INTEGER PRIMARY KEY AUTOINCREMENT, item_id INTEGER REFERENCES items (id), msg TEXT);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
