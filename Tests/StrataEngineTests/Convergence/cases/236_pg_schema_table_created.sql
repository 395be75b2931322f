-- case: table created in a non-public schema
-- engines: postgresql
-- current
CREATE SCHEMA billing;
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE SCHEMA billing;
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE TABLE billing.invoices (id INTEGER PRIMARY KEY, total NUMERIC(10,2) NOT NULL);
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
