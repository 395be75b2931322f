-- case: add a nullable column with a default
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, note VARCHAR(20) DEFAULT 'x');
-- rows
INSERT INTO items (id, name) VALUES (1, 'a'), (2, 'b');
