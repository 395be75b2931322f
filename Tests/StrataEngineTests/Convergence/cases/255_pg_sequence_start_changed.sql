-- case: sequence START changed
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE SEQUENCE ticket_no START WITH 1;
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE SEQUENCE ticket_no START WITH 5000;
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
