-- case: drop a nullable column
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, legacy_code VARCHAR(10));
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- rows
INSERT INTO items (id, name, legacy_code) VALUES (1, 'apple', 'A1'), (2, 'pear', NULL);
