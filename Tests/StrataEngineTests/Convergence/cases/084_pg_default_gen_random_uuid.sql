-- case: DEFAULT gen_random_uuid() on a new UUID column
-- engines: postgresql
-- current
CREATE TABLE devices (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);
-- desired
CREATE TABLE devices (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL, uid UUID NOT NULL DEFAULT gen_random_uuid());
-- rows
INSERT INTO devices (id, name) VALUES (1, 'phone'), (2, 'laptop');
