-- case: sequence AS smallint changed to AS bigint
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE SEQUENCE small_seq AS smallint;
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE SEQUENCE small_seq AS bigint;
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
