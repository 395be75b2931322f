-- case: drop a default
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, color VARCHAR(10) DEFAULT 'red');
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, color VARCHAR(10));
-- rows
INSERT INTO items (id, color) VALUES (1, 'red'), (2, 'blue');
