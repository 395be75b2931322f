-- case: sequence INCREMENT changed
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE SEQUENCE ticket_no INCREMENT BY 1;
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE SEQUENCE ticket_no INCREMENT BY 10;
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
