-- case: sequence MINVALUE / MAXVALUE / CYCLE changed
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE SEQUENCE slot_no;
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);
CREATE SEQUENCE slot_no MINVALUE 1 MAXVALUE 999 CYCLE;
-- rows
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
