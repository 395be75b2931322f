-- case: default changed together with a widened type
-- engines: sqlite postgresql mysql
-- current
CREATE TABLE items (id INTEGER PRIMARY KEY, code VARCHAR(5) DEFAULT 'n/a');
-- desired
CREATE TABLE items (id INTEGER PRIMARY KEY, code VARCHAR(15) DEFAULT 'unknown');
-- rows
INSERT INTO items (id, code) VALUES (1, 'A1'), (2, 'n/a');
