-- case: add a NOT NULL boolean column defaulting to false
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, archived BOOLEAN NOT NULL DEFAULT FALSE);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
