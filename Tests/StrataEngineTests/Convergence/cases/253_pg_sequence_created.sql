-- case: sequence created
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE SEQUENCE invoice_no START WITH 1000 INCREMENT BY 1;
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
