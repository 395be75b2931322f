-- case: same table name in two schemas, only one changes
-- engines: postgresql
-- current
CREATE SCHEMA staging;
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE staging.items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE SCHEMA staging;
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE staging.items (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, loaded_at TIMESTAMP);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
INSERT INTO staging.items (id, name) VALUES (1, 'apple?'), (2, 'pear?');
