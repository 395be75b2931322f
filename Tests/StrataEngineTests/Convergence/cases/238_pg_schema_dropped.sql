-- case: schema and its table dropped
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE SCHEMA legacy;
CREATE TABLE legacy.items_old (id INTEGER PRIMARY KEY, name VARCHAR(50));
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
INSERT INTO legacy.items_old (id, name) VALUES (1, 'apple'), (2, 'pear');
