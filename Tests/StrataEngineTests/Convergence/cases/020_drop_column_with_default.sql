-- case: drop a NOT NULL column that has a default
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, priority INTEGER NOT NULL DEFAULT 5);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- rows
INSERT INTO items (id, name, priority) VALUES (1, 'apple', 1), (2, 'pear', 7);
