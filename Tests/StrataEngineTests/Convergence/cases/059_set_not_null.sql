-- case: make a column NOT NULL (no NULLs in the data)
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50));
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
