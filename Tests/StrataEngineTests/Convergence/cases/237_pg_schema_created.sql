-- case: new schema with a table in it
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE SCHEMA audit;
CREATE TABLE audit.events (id BIGINT PRIMARY KEY, item_id INTEGER, what TEXT NOT NULL);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
