-- case: no-op: VARCHAR vs CHARACTER VARYING, BOOL vs BOOLEAN
-- engines: postgresql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL, active BOOL NOT NULL DEFAULT true);
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, name CHARACTER VARYING(50) NOT NULL, active BOOLEAN NOT NULL DEFAULT true);
-- rows
INSERT INTO items (id, name, active) VALUES (1, 'apple', true), (2, 'pear', false);
