-- case: add a SERIAL column to a table with rows
-- engines: postgresql
-- current
CREATE TABLE items (code VARCHAR(10) PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (code VARCHAR(10) PRIMARY KEY, name VARCHAR(50) NOT NULL, seq SERIAL);
-- rows
INSERT INTO items (code, name) VALUES ('A', 'apple'), ('P', 'pear');
