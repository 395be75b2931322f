-- case: drop the default of a NOT NULL column
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, color VARCHAR(10) NOT NULL DEFAULT 'red');
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, color VARCHAR(10) NOT NULL);
-- rows
INSERT INTO items (id, color) VALUES (1, 'red'), (2, 'blue');
