-- case: make a NOT NULL column nullable
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50));
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
